package news.xuhui.query.store;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person named in an article: one row per name and article, kept in step with the article by its upsert. */
@Entity
@Table(name = "article_person")
@IdClass(ArticlePersonEntity.Key.class)
public class ArticlePersonEntity extends PanacheEntityBase {

    @Id
    public String name;
    @Id
    public String articleId;

    /** The primary key: a name once per article. */
    public static class Key implements Serializable {
        public String name;
        public String articleId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(name, k.name) && Objects.equals(articleId, k.articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, articleId);
        }
    }
}
