/**
 * How text is cut into search-index terms (CJK runs, three-character pieces, the {@code tsvector} text form). Its own
 * package, depending on nothing else of the service, because both sides need exactly the same cutting: the store
 * when it indexes an article on write, search when it turns a query into terms. Neither then has to import the other.
 */
package news.xuhui.query.text;
