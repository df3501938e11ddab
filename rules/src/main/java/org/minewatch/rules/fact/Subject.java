package org.minewatch.rules.fact;

/**
 * Who and when a fact is about: a mine of a company (or the company alone, mine null) and a reporting
 * period with the neighbouring periods that trend rules compare against. Shared by the facts; its parts
 * are copied onto each fact so that the rules can join on plain, indexable fields.
 */
public record Subject(Long mineId, String mine, long companyId, String company, String period, String kind, int year, int quarter,
                      String previousQuarter, String sameQuarterPriorYear) {
}
