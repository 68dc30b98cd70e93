package news.xuhui.query.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The name a client gave a request parameter ({@code Last-Event-ID}, {@code size}), found from the JAX-RS
 * annotation of the Java parameter or field a constraint violation points at, so that a 400 names what the client
 * sent, not the Java name.
 */
final class ParameterNames {

    private ParameterNames() {
    }

    /** The name in a JAX-RS parameter annotation among {@code annotations}; null when there is none. */
    static String of(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return null;
    }

    /**
     * The request parameter of a violation of a resource method's constraints: a method parameter ({@code list.size})
     * or a field of a {@code @BeanParam} ({@code list.params.size}); the path's last name when neither is annotated.
     */
    static String of(ConstraintViolation<?> violation) {
        String last = null;
        String name = null;
        Method method = null;
        Class<?> bean = violation.getRootBeanClass();
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
            AnnotatedElement element = switch (node.getKind()) {
                case METHOD -> {
                    method = method(bean, node.as(Path.MethodNode.class));
                    yield null;
                }
                case PARAMETER -> method == null ? null
                        : method.getParameters()[node.as(Path.ParameterNode.class).getParameterIndex()];
                case PROPERTY -> field(bean, node.getName());
                default -> null;
            };
            if (element != null) {
                String annotated = of(element.getAnnotations());
                name = annotated != null ? annotated : name;
                bean = element instanceof Parameter p ? p.getType() : ((Field) element).getType();
            }
        }
        return name != null ? name : last;
    }

    /** Searches up the hierarchy: the root bean may be a generated subclass whose overrides carry no annotations. */
    private static Method method(Class<?> type, Path.MethodNode node) {
        List<Class<?>> types = node.getParameterTypes();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(node.getName(), types.toArray(Class<?>[]::new));
                for (Parameter p : m.getParameters()) {
                    if (p.getAnnotations().length > 0) {
                        return m;
                    }
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        return null;
    }
}
