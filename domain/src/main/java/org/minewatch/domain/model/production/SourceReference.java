package org.minewatch.domain.model.production;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a figure comes from: the document (a production release, a CSV, a form entry) and the date it was
 * published. Every stored figure carries one, so that each number on a page can be traced to its source.
 */
@Embeddable
public class SourceReference {

    @Column(name = "source_document", nullable = false, length = 500)
    private String document;

    @Column(name = "source_published_on")
    private LocalDate publishedOn;

    protected SourceReference() {
        // for JPA
    }

    public SourceReference(String document, LocalDate publishedOn) {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("A source needs a document name");
        }
        this.document = document.trim();
        this.publishedOn = publishedOn;
    }

    public String document() {
        return document;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SourceReference s && document.equals(s.document) && Objects.equals(publishedOn, s.publishedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, publishedOn);
    }

    @Override
    public String toString() {
        return publishedOn == null ? document : document + " (" + publishedOn + ")";
    }
}
