package news.xuhui.query.store;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What an article record and a page record share: the edition and page they were printed in, the file they were
 * parsed from and by which parser, and when this store wrote them. Mapped once here so that the two tables cannot
 * drift apart in the entities.
 */
@MappedSuperclass
public abstract class PrintedRecord extends PanacheEntityBase {

    public int schemaVersion;
    public String sourceFileName;
    public String paper;
    public LocalDate editionDate;
    public String weekday;
    public String lunarDate;
    public Integer issueNumber;
    public Integer totalIssueNumber;
    public Integer pageCount;
    public Integer page;
    public String parserVersion;
    public Instant parsedAt;
    public Instant storedAt;
    public Instant updatedAt;
}
