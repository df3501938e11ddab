package org.minewatch.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.minewatch.domain.model.Sentence;

/**
 * A sentence of the domain (what reading a release found, why a figure cannot be right) in the page's language,
 * for pages: {@code #{sentences.said(w)}}. The API gives the same sentences in English.
 */
@Named("sentences")
@ApplicationScoped
public class SentenceTextBean {

    public String said(Sentence sentence) {
        return sentence == null ? null : Messages.said(sentence);
    }
}
