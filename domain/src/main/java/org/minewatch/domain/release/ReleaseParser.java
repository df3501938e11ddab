package org.minewatch.domain.release;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.Locale;
import java.time.LocalDate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metallurgy.Plausibility;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.Observation;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.release.ReleaseText.Row;

/**
 * Reads production figures out of release text as it is copied from a web page or a PDF, whatever shape the
 * tables arrive in, and out of its sentences and highlights; says which company issued it and what guidance
 * it states. It never invents a figure: what it cannot place (a row, a column, a mine, a period) becomes a
 * warning, and a sentence of guidance, outlook or target is never read as production.
 *
 * <p>The steps: the text becomes rows ({@link ReleaseText}); the mines it speaks of are found
 * ({@link MineNames}); tables are read ({@link TableReader}); then sentences ({@link ProseReader}), for the
 * figures no table gave; the issuer ({@link IssuerReader}) and the guidance ({@link GuidanceReader}) are read
 * from the sentences as well.
 */
public final class ReleaseParser {

    private final Collection<String> knownMines;
    /** The period the release reports as a data steward gives it, for a text that does not say it (or says it wrongly); null: the text's. */
    private final ReportingPeriod givenPeriod;

    /** @param knownMines mine names already stored for the company, spelled as stored */
    public ReleaseParser(Collection<String> knownMines) {
        this(knownMines, null);
    }

    private ReleaseParser(Collection<String> knownMines, ReportingPeriod givenPeriod) {
        this.knownMines = List.copyOf(knownMines);
        this.givenPeriod = givenPeriod;
    }

    /**
     * A parser that takes the release to report the period given (a story that prints no year, "the September quarter" of a
     * page whose date is only in its address): figures that name no period of their own are of it. The text's own period,
     * when it names one and another, is said in a warning and set aside: the steward's word is the explicit choice.
     */
    public ReleaseParser reporting(ReportingPeriod period) {
        return new ReleaseParser(knownMines, Objects.requireNonNull(period));
    }

    public ReleaseParser() {
        this(List.of());
    }

    /** The company a release's text names as its issuer, read without reading its figures. */
    public static Optional<ReleaseIssuer> issuerOf(String text) {
        return IssuerReader.read(Glossary.toEnglish(ReleaseText.normalize(text)));
    }

    public ParsedRelease parse(String text) {
        // "Anrikad malm (ton)", "2.600 Unzen Gold": a text in another language, its words of production in English
        String normalized = ReleaseText.normalize(text);
        Optional<Glossary.Language> language = Glossary.languageOf(normalized);
        Glossary.Language translated = language.orElse(null);
        String plain = Glossary.toEnglish(normalized, language);
        Optional<FiscalCalendar> fiscal = FiscalCalendar.of(plain);
        if (fiscal.isPresent()) {
            plain = fiscal.get().restate(plain);
        }
        // "a 53.463 onzas del metal": a text whose only points stand between thousands writes its numbers so, decimal commas or none
        // "1.250.400 toneladas" and "0,785 g/t": thousands points outweigh a comma before three digits, which either way of
        // writing numbers prints; a decimal point or thousands commas in twos ("1,250,400") say the text writes the English way
        boolean onlySpanish = THOUSANDS_POINTS.matcher(plain).find() || ZERO_COMMA.matcher(plain).find() // "1.250.400", "0,785"
                || pointsPartThousands(plain); // "| Osprey | 120.400 | 118.100 |" in a Spanish text
        boolean spanishNumbers = onlySpanish || DECIMAL_COMMA.matcher(plain).find() || POINT_THOUSANDS_MASS.matcher(plain).find();
        boolean decimalComma = spanishNumbers && !DECIMAL_POINT.matcher(plain).find() && !ZERO_POINT.matcher(plain).find()
                && (!THOUSANDS_COMMA.matcher(plain).find() || onlySpanish && !COMMA_GROUPS.matcher(plain).find());
        if (decimalComma) {
            // "llegó a 2,065 onzas" beside "4.238 toneladas": no mass of metal or ore is written with three decimals, so a comma before
            // three digits and a mass parts its thousands, as the page's points do (a multiplier's decimals stay: "1,125 millones")
            plain = COMMA_THOUSANDS_MASS.matcher(plain).replaceAll("$1$2");
            // "780.000oz", "5,25Mlb", "3,0 millones": a text that writes its thousands with points and its decimals with commas
            plain = SPANISH_NUMBER.matcher(plain).replaceAll(m -> m.group().replace(".", "").replace(',', '.'));
        } else {
            // "22373,78 TMS", "519,81 g/t", "88,98%" beside "6.97 g/t": a comma before one or two digits and a unit is a decimal
            // comma whichever way the rest of the text writes its numbers (no thousands comma stands so); a table's cells are
            // left to its own reading ("81,80% | 83,8": the table tells how it writes its decimals)
            plain = PROSE_LINE.matcher(plain).replaceAll(line -> Matcher.quoteReplacement(LONE_DECIMAL_COMMA.matcher(line.group()).replaceAll("$1.$2")));
            // "50.000-53.000 onças", "53.463 onzas": no mass of metal is written with three decimals, the points part thousands
            // (and a range's first figure is written as its second)
            plain = POINT_THOUSANDS_RANGE.matcher(plain).replaceAll(m -> m.group().replace(".", ""));
        }
        // "1,312.572 onzas": a Spanish page that wrote its millions with a comma and its thousands with a point
        plain = MIXED_THOUSANDS.matcher(plain).replaceAll("$1,$2,$3");
        // "Quarterly Report for March 2015": the quarter ended then, as the rest of the parser reads such a quarter
        plain = QUARTERLY_REPORT_FOR.matcher(plain).replaceAll("$1the quarter ended $2");
        // "Quarterly Activities Report" over "for the period ended 30 September 2021": the period a quarterly report is of is its
        // quarter (the line kept where it is)
        plain = QUARTERLY_REPORT_PERIOD_BELOW.matcher(plain).replaceAll("$1quarter$2");
        // "15 million 517,000 ounces": millions in words, then the thousands in figures (a translated text's way)
        plain = MILLIONS_THEN_THOUSANDS.matcher(plain).replaceAll("$1,$2,$3");
        boolean calendarFullYears = fiscal.isEmpty() && CALENDAR_FY.matcher(plain).find() && !FISCAL_WORDS.matcher(plain).find();
        if (calendarFullYears) {
            // "Q4 2020 | FY 2020" in a text of calendar quarters that speaks of no fiscal year: the calendar year
            plain = CALENDAR_FY.matcher(plain).replaceAll("Full year $1");
        }
        if (LEACH_PAD.matcher(plain).find() && !MILL.matcher(plain).find()) {
            // "Ore tonnes crushed" where ore goes "to pad" and no mill is named: a heap leach's crushed ore is stacked on its pads,
            // ore placed, which the domain does not count as milled
            plain = CRUSHED.matcher(plain).replaceAll("$0 and stacked");
        }
        // "145,000 metric tons", "1.13 million metric tons of ore": tons the text itself says are metric are tonnes
        plain = METRIC_TONS.matcher(plain).replaceAll(m -> m.group(1).equalsIgnoreCase("tons") ? "tonnes" : "tonne");
        boolean ambiguousTons = METRIC_GRADES.matcher(plain).find() && !US_GRADES.matcher(plain).find() && TONS.matcher(plain).find();
        if (!ambiguousTons && TONS.matcher(plain).find() && !METRIC_GRADES.matcher(plain).find() && !US_GRADES.matcher(plain).find() && !US_SITE.matcher(plain).find()) {
            // "milled 218,879 tons" in a Philippine story with no grade at all: only the United States weighs ore in short tons,
            // and a text that names no grade and no American site gives no sign of them
            return read(TONS.matcher(plain).replaceAll(m -> m.group(1).equalsIgnoreCase("tons") ? "tonnes" : "tonne"), fiscal, decimalComma,
                    new Sentence("metric-tons.no-grades"), translated);
        }
        if (!ambiguousTons) {
            return read(plain, fiscal, decimalComma, null, translated);
        }
        // "1,287 tons per day" beside "14.7 g/t": a metric text's tons are most often tonnes, not US short tons; but some
        // mills weigh their ore in short tons and grade it in g/t. Where the text gives tonnes, grade, recovery and metal
        // produced together, the metal balance tells the two apart: short tons only when more balances close so
        ParsedRelease metric = read(TONS.matcher(plain).replaceAll(m -> m.group(1).equalsIgnoreCase("tons") ? "tonnes" : "tonne"), fiscal, decimalComma,
                new Sentence("metric-tons"), translated);
        ParsedRelease shortTons = read(plain, fiscal, decimalComma, new Sentence("short-tons"), translated);
        return closedBalances(shortTons) > closedBalances(metric) ? shortTons : metric;
    }

    /** How many of a reading's production figures close their metal balance. */
    private static int closedBalances(ParsedRelease release) {
        Map<Observation, ReportedFigure> figures = new LinkedHashMap<>();
        release.figures().forEach(f -> figures.put(Observation.of(f.mine(), f.period(), f.measure(), f.metal(), f.figure()), f.figure()));
        return Plausibility.closedBalances(figures);
    }

    /**
     * The figures, guidance, issuer and period of a text whose numbers, fiscal quarters and tons have been read as the text writes them.
     *
     * @param translated the language the text was written in, when the glossary put its words of production into English
     *                   (null: English, Spanish or Portuguese, read as written): its tables are read, its sentences give the
     *                   mines, periods, issuer and guidance but no figures
     */
    private ParsedRelease read(String plain, Optional<FiscalCalendar> fiscal, boolean decimalComma, Sentence tons, Glossary.Language translated) {
        List<Row> rows = ReleaseText.rows(plain);
        Optional<LocalDate> published = published(rows); // dating the month-quarters below leaves every dateline as it is
        List<Row> firstRows = rows;
        Optional<LocalDate> anchor = published.or(() -> latestDated(firstRows));
        if (anchor.isPresent() && PeriodLabels.namesYearlessMonthQuarter(plain)) {
            plain = PeriodLabels.datingMonthQuarters(plain, anchor.get(), published.isEmpty());
            rows = ReleaseText.rows(plain);
        }
        Optional<ReleaseIssuer> issuer = IssuerReader.read(plain);
        MineNames mines = new MineNames(knownMines, plain, issuer);
        String singleMine = mines.single(plain).orElse(null);
        GuidanceReader opening = new GuidanceReader(mines, null);
        ReportingPeriod textPeriod = releasePeriod(rows, opening);
        // "the third fiscal quarter ended January 31, 2020": the text's "Q3 2019" is that fiscal quarter, November to January,
        // and its year to date a fiscal one; no calendar period is theirs, and none of the text's own statements places them
        Optional<String> offCalendar = fiscal.isPresent() ? Optional.empty() : offCalendarQuarter(rows, issuer);
        if (textPeriod == null && issuer.isPresent()) {
            // a page whose menus and share-price widgets fill its head: the release opens where it names its issuer
            // ("VANCOUVER, BC / ACCESSWIRE / July 26, 2023 / Silver X Mining Corp. ... reports production results for the three
            // months ended June 30, 2023" on the page's 81st line)
            // (only a release the opening's reading did not reach: one that opens within it was read there)
            int issuerLine = issuer.get().line();
            List<Row> before = rows.stream().filter(row -> row.line() < issuerLine).toList();
            if (before.size() >= OPENING_ROWS || before.stream().filter(Row::wordy).count() >= OPENING_LINES) {
                textPeriod = releasePeriod(rows.subList(before.size(), rows.size()), opening);
            }
        }
        if (textPeriod == null && published.isPresent()) {
            // "AUSTAR GOLD JANUARY OPERATIONAL UPDATE" released on 20 February 2020: January 2020
            textPeriod = monthUpdated(rows, published.get(), issuer).orElse(null);
        }
        Sentence periodGiven = givenPeriod == null ? null : textPeriod == null || textPeriod.equals(givenPeriod) ? new Sentence("period-given", givenPeriod.code())
                : new Sentence("period-given.other", givenPeriod.code(), textPeriod.code());
        ReportingPeriod period = givenPeriod != null ? givenPeriod : textPeriod;
        String monthsDated = PeriodLabels.datingMonthColumns(plain, period);
        if (!monthsDated.equals(plain)) {
            // "July | August | September | Total" in a report of the third quarter of 2008: its months and the quarter, dated
            plain = monthsDated;
            rows = ReleaseText.rows(plain);
        }
        Map<String, ParsedFigure> figures = new LinkedHashMap<>();
        List<Sentence> warnings = new ArrayList<>();
        boolean proseUnread = false; // a translated text's sentence stated figures, which were not read
        fiscal.ifPresent(f -> warnings.add(f.explanation()));
        if (periodGiven != null) {
            warnings.add(periodGiven);
        }
        if (decimalComma) {
            warnings.add(new Sentence("decimal-comma"));
        }
        if (tons != null) {
            warnings.add(tons);
        }
        boolean severalMines = MineNames.speaksOfSeveral(plain);
        Metal precious = onlyPrecious(plain);
        // a text of precious metals only, one of which it gives quantities of, is of that metal
        java.util.Set<Metal> metalsNamed = Quantities.metalsNamed(plain);
        Metal onlyMetal = metalsNamed.stream().allMatch(Metal::isPrecious) ? precious : null;
        List<ParsedGuidance> guidance = new ArrayList<>();
        Metal onlyBase = metalsNamed.size() == 1 && !metalsNamed.iterator().next().isPrecious() ? metalsNamed.iterator().next() : null;
        TableReader tables = new TableReader(rows, mines, singleMine, severalMines, period, issuer, precious, onlyMetal, onlyBase,
                f -> figures.merge(key(f), f, ReleaseParser::finer), warnings::add);
        ReportingPeriod datedQuarter = period != null ? null : published.map(ReleaseParser::latestQuarterBefore)
                .filter(q -> endedShortlyBefore(q, published.get())).orElse(null);
        boolean tableSeen = tables.cutOff(!plain.isBlank() && !plain.endsWith("\n")).guidance(g -> addGuidance(guidance, g)).yearsToDateDatedBy(datedQuarter).read();
        List<ParsedFigure> tableFigures = List.copyOf(figures.values());
        GuidanceReader guidanceReader = new GuidanceReader(mines, period, precious, period == null ? null : fiscal.map(f -> f.fiscalYearOf(period)).orElse(null),
                published.map(LocalDate::getYear).orElse(null));
        Map<ParsedFigure, String> unplaced = new LinkedHashMap<>();
        // ("Recoveries of 87.29%" in a text that names copper and no other metal, followed or not: copper's recovery; beside
        // "nickel-in-concentrate", "Recoveries of 88.6%" may be nickel's)
        ProseReader prose = new ProseReader(mines, singleMine, severalMines, ProseReader.SOLE_MINE.matcher(plain).find(), period, issuer, precious,
                ProseReader.namesOtherMetal(plain) ? null : onlyMetal != null ? onlyMetal : onlyBase,
                ProseReader.onlyHeapLeach(plain), unplaced::putIfAbsent);
        // "Mako produces 10,531 oz Au at San Albino" over "52,084 tonnes mined containing 10,531 ounces of gold": a headline's
        // production that the text's own words give as metal in the ore mined is that metal, not metal produced
        Map<Quantities.Quantity, Integer> containedInOre = containedInOre(rows);
        java.util.function.Consumer<ParsedFigure> readInProse = f -> {
            if (restatesTable(f, tableFigures)) {
                return;
            }
            Optional<Integer> containedAt = f.measure() != Measure.PRODUCTION ? Optional.empty() : containedInOre.entrySet().stream()
                    .filter(c -> c.getValue() != f.line() && c.getKey().metal() == f.metal() && sameFigure(c.getKey().figure(), f.figure()))
                    .map(Map.Entry::getValue).findFirst();
            containedAt.ifPresentOrElse(at -> warnings.add(new Sentence("figure-contained-in-ore", f.line(), f.measure().named(f.metal()), f.period().code(), at)),
                    () -> figures.merge(key(f), f, ReleaseParser::finer));
        };
        String sectionMine = null;
        String proseLineBefore = ""; // the prose line before, whose one mine a sentence's "the mine" may be
        String storyMine = null; // the one mine whose figures the paragraph before gave, in a text of several (ProseReader.read)
        ReportingPeriod sectionPeriod = null;
        boolean listLead = false; // the rows under "Gold equivalent production of ... consisting of:" are its items
        Optional<ReportingPeriod> beforeSpanLead = null; // the section's period before a span's lead, while its bullets last
        String[] plainLines = plain.split("\n", -1);
        String yearSeries = null; // the sentence each item of a year-by-year list under its lead says ("The company produced %2$s thousand tonnes of copper in %1$s.")
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            // a heading: a few words on a line of their own, or a line that ends with a colon ("Nine-month highlights (9M 2020 vs 9M 2019):")
            // ("Mnogovershinnoye (MNV) - Khabarovsk Region, Russia": an aside in parentheses is no part of a heading's length,
            // but "- Gold produced: 34,115 oz (Q3 2019: 31,020 oz)" is a bullet's figure, whatever its length)
            String seriesItem = null;
            if (yearSeries != null) {
                Matcher item = YEAR_SERIES_ITEM.matcher(String.join(" ", row.all()).strip());
                if (item.matches()) {
                    // "- 2014: 847." under "la producción de cobre ..., en miles de toneladas:": that year's production, in the lead's words
                    seriesItem = yearSeries.formatted(item.group(1), item.group(2));
                } else {
                    yearSeries = null;
                }
            }
            String bare = ProseReader.CLOSED_ASIDE.matcher(row.label()).replaceAll(" ").strip();
            int headingWords = (bare.matches("(?s).*\\d.*") ? row.label().strip() : bare).split("\\s+").length;
            // ("2020 HIGHLIGHTS 2": a heading of its period, its footnote's mark after it, no figure)
            boolean footnotedHeading = row.cells().size() == 1 && FOOTNOTE_MARK.matcher(row.cells().get(0).strip()).matches()
                    && headingPeriod(row.label()).isPresent();
            if (seriesItem == null && !row.prose() && (row.cells().isEmpty() || footnotedHeading)
                    && (headingWords < 6 || row.label().strip().endsWith(":") && row.label().split("\\s+").length < 12)) {
                boolean bulletsFollow = r + 1 < rows.size() && rows.get(r + 1).prose();
                storyMine = null; // a heading opens another story
                // a bare title above the sentence that first names the issuer is the page's ("Transcription" over a report's text), no section's
                boolean beforeOpening = issuer.isPresent() && row.line() < issuer.get().line();
                if (inAddress(plainLines, row.line())) {
                    continue; // "Vancouver, British Columbia" between "Suite 1600, 1055 Dunsmuir Street" and "Canada V7X 1P1": an office's address, no mine's section
                }
                if (mines.isTitle(row.label()) && !(beforeOpening && CAPTION.matcher(row.label().strip()).matches())
                        || bulletsFollow && !beforeOpening && (mines.isBareTitle(row.label()) || mines.isDefinedOperation(row.label()))) {
                    sectionMine = mines.clean(ReleaseText.withoutBullet(row.label())); // ("- Kounrad": a bullet's mark is no part of it)
                } else if (!tables.inTable(row.line())) {
                    // a section of its own period, or of the release's; a dateline on a line of its own is no section
                    sectionPeriod = isDateOnly(row.label()) ? sectionPeriod : headingPeriod(row.label()).or(() -> spanOfItsYear(row.label(), period)).orElse(null);
                }
                continue;
            }
            if (beforeSpanLead != null && !isBullet(plainLines, row.line())) {
                sectionPeriod = beforeSpanLead.orElse(null); // the bullets under a span's lead have ended
                beforeSpanLead = null;
            }
            if (row.prose() && !tables.inTable(row.line()) && SPAN_LEAD.matcher(row.label().strip()).matches()
                    && !(QUARTER_WORD.matcher(row.label()).find() && SPAN_WORD.matcher(row.label().replaceFirst("(?i)\\bquarter\\b", "")).find())
                    && r + 1 < rows.size() && isBullet(plainLines, rows.get(r + 1).line())) {
                // "During the nine-month period ended 30 September 2020 the Group production statistics included:": the span of the
                // bullets right under it (not a lead of two, "For the third quarter and first nine months of 2021, ...")
                Optional<ReportingPeriod> spanned = headingPeriod(row.label());
                if (spanned.isPresent() && spanned.get().kind() != PeriodKind.MONTH) {
                    beforeSpanLead = beforeSpanLead != null ? beforeSpanLead : Optional.ofNullable(sectionPeriod);
                    sectionPeriod = spanned.get();
                    listLead = LIST_LEAD.matcher(row.label().strip()).find(); // ("7,004,582 ounces of silver;" under it: an item of the span's)
                    continue;
                }
            }
            String line = row.text();
            if (row.prose() && listLead) {
                if (LIST_ITEM.matcher(line).lookingAt()) {
                    line = "Production of " + line; // "o 8,849 ounces of gold;" under "production ... consisting of:"
                } else {
                    listLead = false;
                }
            }
            if (row.prose() && line.endsWith(":") && LIST_LEAD.matcher(line).find() && !NOT_THE_QUARTERS_LIST.matcher(line).find()) {
                listLead = true;
            }
            if (seriesItem != null) {
                line = seriesItem;
            } else if (row.prose() && line.strip().endsWith(":") && !tables.inTable(row.line())) {
                yearSeries = yearSeriesOf(line, r + 1 < rows.size() ? rows.get(r + 1) : null);
                if (yearSeries != null) {
                    continue;
                }
            }
            boolean tableRow = !row.prose() && tables.inTable(row.line());
            // "For the year 2021, production totalled 37,855 ounces ... An average of 1,154 tonnes per day was processed": a
            // paragraph opened by its span speaks of it to its end, in sentences that name no period of their own
            ReportingPeriod paragraphPeriod = row.prose() && !tableRow ? paragraphLead(line).orElse(null) : null;
            String theMineBefore = null; // the mine a sentence of this line called "the mine"
            java.util.Set<String> lineMines = new java.util.HashSet<>(); // whose figures this line gave (null: the company's)
            boolean firstSentence = true;
            java.util.Set<ReportingPeriod> periodsBefore = new java.util.HashSet<>(); // of the figures the sentence before read
            for (String sentence : ProseReader.sentences(line)) {
                ReportingPeriod sentencePeriod = !firstSentence && paragraphPeriod != null && !namesAPeriod(sentence) ? paragraphPeriod : sectionPeriod;
                if (periodsBefore.size() == 1 && ALSO_DID.matcher(sentence).find() && !namesAPeriod(sentence)) {
                    // "The mine ... produced 77.6 million lb. of copper last year. The mine also produced 29,227 oz. of gold": what it
                    // also did, in the span of the sentence before
                    sentencePeriod = periodsBefore.iterator().next();
                }
                java.util.Set<ReportingPeriod> periodsRead = new java.util.HashSet<>();
                periodsBefore = periodsRead;
                java.util.function.Consumer<ParsedFigure> readHere = f -> {
                    periodsRead.add(f.period());
                    readInProse.accept(f);
                };
                Matcher yearLead = SENTENCE_YEAR_LEAD.matcher(sentence);
                if (yearLead.lookingAt() && !namesAPeriod(sentence.substring(yearLead.end()))) {
                    // "In 2005 Amantaytau mined 1.6 million tonnes and processed 1.5 million, ... to produce 161,615 oz. gold": the
                    // year a sentence opens with is its figures', when it names no other period
                    sentencePeriod = ReportingPeriod.fullYear(Integer.parseInt(yearLead.group(1) != null ? yearLead.group(1) : yearLead.group(2)));
                }
                firstSentence = false;
                if (guidanceReader.isGuidance(sentence)) {
                    List<String> stated = sentence.length() <= ProseReader.RUN_ON ? List.of(sentence) : GuidanceReader.aroundGuidance(sentence, RUN_ON_REACH * 2);
                    // (what was done, told before a turn to the plan, is no plan's figure: "produjo 42,000 onzas ..., cifra que representa
                    // m\u00e1s del 50% de la meta anual de 80,000 onzas" states 80,000 alone)
                    Matcher turnAt = TURN_TO_PLAN.matcher(sentence);
                    int planFrom = turnAt.find() && !guidanceReader.isGuidance(sentence.substring(0, turnAt.start())) && !isFuture(sentence.substring(0, turnAt.start()))
                            ? turnAt.start() : -1;
                    stated.stream().flatMap(s -> guidanceReader.read(s, row.line()).stream())
                            .filter(g -> planFrom < 0 || g.low() == null || !statedBefore(sentence.substring(0, planFrom), g))
                            .forEach(g -> addGuidance(guidance, g));
                    if (sentence.length() <= ProseReader.RUN_ON) {
                        if (!tableRow) {
                            // "expects to produce 24 million lbs. this year, down from 25.3 million lbs. in 2009": last year's level
                            prose.readBeforePlan(sentence, line, row.line(), sectionMine).stream()
                                    .filter(f -> translated == null).forEach(readHere);
                            // "Andacollo ... produced 25,076 ounces of gold ... for the quarter ended September 30, 1998 and is on target to
                            // produce more than 91,000 ounces": what was done, told before the turn to the plan, is read as any sentence
                            Matcher turn = TURN_TO_PLAN.matcher(sentence);
                            if (turn.find() && !guidanceReader.isGuidance(sentence.substring(0, turn.start())) && !isFuture(sentence.substring(0, turn.start()))) {
                                prose.read(sentence.substring(0, turn.start()), line, row.line(), sectionMine, sentencePeriod).stream()
                                        .filter(f -> translated == null).forEach(readHere);
                            }
                        }
                        continue; // a page run into one line holds production too: its figures are judged one by one
                    }
                }
                if (tableRow) {
                    continue; // a table's row: read as the table's, or left out by it
                }
                if (translated != null) {
                    // a sentence put into English word by word does not say surely which mine and period its figures are of
                    // (read so, such figures were right in none of seven on the held-out part at first sight): its tables only
                    if (!prose.read(sentence, line, row.line(), sectionMine, sentencePeriod).isEmpty()) {
                        proseUnread = true;
                    }
                    continue;
                }
                // ("Alio Gold acquired Florida Canyon ... Rye Patch restarted the mine" over "In 2018's second quarter, the mine produced
                // 11,587 oz. gold": the one mine the line before named)
                // (and "In 2018's first quarter it produced 10,846 oz. gold" after it: the same mine)
                String ownMine = sectionMine;
                if (sectionMine == null && THE_MINE.matcher(sentence).find() && mines.mentionsIn(sentence).isEmpty()) {
                    // (a line that names two mines leaves "the mine" below it unsaid: which of them it is would be a guess)
                    List<String> namedBefore = mines.namedIn(proseLineBefore);
                    ownMine = theMineBefore = namedBefore.size() == 1 ? namedBefore.get(0) : null;
                } else if (sectionMine == null && theMineBefore != null && IT_PRODUCED.matcher(sentence).find() && mines.mentionsIn(sentence).isEmpty()) {
                    ownMine = theMineBefore;
                }
                List<ParsedFigure> read = prose.read(sentence, line, row.line(), ownMine, sentencePeriod, ownMine == null && mines.namedCount() >= 2 ? storyMine : null);
                read.forEach(readHere); // a highlight's "93%" and the section's "93.3%"
                read.forEach(f -> lineMines.add(f.mine()));
                if (read.stream().anyMatch(f -> f.mine() == null) && prose.namesIssuer(sentence)) {
                    storyMine = null; // "Santacruz processed 467,563 tonnes": the company's story from here on, the sentences after it too
                }
            }
            if (row.prose() && !tableRow) {
                proseLineBefore = line;
                if (!lineMines.isEmpty()) {
                    // (figures of the company, of several mines, or of one the text does not know as a mine end the story)
                    String one = lineMines.size() == 1 ? lineMines.iterator().next() : null;
                    storyMine = one != null && mines.isKnown(one) ? one : null;
                }
            }
        }
        resolveIssuerOrOnlyMine(figures, singleMine, warnings);
        tonnesAgainstTheirRate(figures, warnings);
        if (proseUnread) {
            warnings.add(new Sentence("translated-sentences", new Sentence("language." + translated.name().toLowerCase(java.util.Locale.ROOT))));
        }
        // "withdrew its production guidance" beside the figures of the plan it withdrew says nothing those do not
        guidance.removeIf(g -> g.metal() == null && g.low() == null && g.withdrawn()
                && guidance.stream().anyMatch(other -> other.withdrawn() && other.low() != null && other.year() == g.year()));
        // a figure whose mine the words do not say is said, not guessed; one that restates a figure read elsewhere says nothing new
        java.util.Set<Sentence> said = new java.util.LinkedHashSet<>();
        List<ParsedFigure> read = List.copyOf(figures.values());
        unplaced.forEach((f, words) -> {
            if (!restatesTable(f, read)) {
                said.add(new Sentence("figure-without-mine", f.line(), words, f.measure().named(f.metal()), f.period().code()));
            }
        });
        warnings.addAll(said);
        offCalendar.ifPresent(statement -> {
            // a calendar month stays one ("In November, the mill processed ..."); every other period may be the company's fiscal one
            if (figures.values().removeIf(f -> f.period().kind() != PeriodKind.MONTH)) {
                warnings.add(new Sentence("fiscal-quarters.off-calendar", statement));
            }
        });
        figures.values().removeIf(f -> {
            Optional<Sentence> not = notProduction(f, period, published);
            not.ifPresent(warnings::add);
            return not.isPresent();
        });
        // a fiscal quarter without the statement that places it, a text that names only comparisons: said, not guessed
        if (period == null && fiscal.isEmpty()) {
            FiscalCalendar.unplacedLabel(plain).ifPresent(label -> warnings.add(new Sentence("fiscal-quarters.unplaced", label)));
        }
        if (period == null && !figures.isEmpty()) {
            warnings.add(new Sentence("no-period"));
        }
        if (figures.isEmpty() && period == null && !tableSeen) {
            warnings.add(new Sentence("nothing-found.no-period"));
        } else if (figures.isEmpty()) {
            // figures the text states but each set aside with its reason (no mine, a plan's period): "none stated" would be untrue
            boolean setAside = warnings.stream().anyMatch(w -> w.key().startsWith("figure-"));
            warnings.add(new Sentence(tableSeen ? "nothing-found.table" : setAside ? "nothing-found.set-aside" : "nothing-found"));
        }
        return new ParsedRelease(List.copyOf(figures.values()), warnings, issuer, guidance, period, published);
    }

    /**
     * Why a figure read cannot be a mine's production as the text reports it, if it cannot, whatever rule read it: a release
     * reports what has passed, so a period that ends after the release's own (and after its dateline) is a plan's ("by the
     * fourth quarter of 2017" in a 2015 release); and a mine's name is a name, not an owner's possessive ("Northgate's")
     * nor the words of what stands at every mine ("Metallurgical Plant"); and no mine produces many times what real mines do.
     */
    /** The orders of magnitude of real figures (DOMAIN.md), as the import check has them. */
    private static final Plausibility PLAUSIBLE = Plausibility.standard();

    private static Optional<Sentence> notProduction(ParsedFigure f, ReportingPeriod period, Optional<LocalDate> published) {
        if (period != null) {
            LocalDate reported = published.filter(p -> p.isAfter(period.endDate())).orElse(period.endDate());
            if (f.period().endDate().isAfter(reported)) {
                return Optional.of(new Sentence("figure-after-release", f.line(), f.measure().named(f.metal()), f.period().code(), period.code()));
            }
        }
        if (f.mine() != null && !MineNames.couldBeMine(f.mine())) {
            return Optional.of(new Sentence("figure-of-no-mine", f.line(), f.measure().named(f.metal()), f.period().code(), f.mine()));
        }
        // "60 978 mil onças" of gold at one mine in a year: a multiplier misread, or a plan's figure, not the mine's production
        return PLAUSIBLE.magnitude(Observation.of(f.mine(), f.period(), f.measure(), f.metal(), f.figure()))
                .map(i -> new Sentence("figure-implausible", f.line(), i.reason()));
    }

    /**
     * "Kestrel Gold produced 694,100 oz. gold in 2004" in a text that names one mine, Osprey: the figure is Osprey's, unless
     * Osprey's own figure of the same measure and period is another ("Osprey produced 273,700 oz. gold in 2004"): then whether
     * the company runs more than the one mine the text names, or the figure is of another period or another thing, the words
     * do not say, and it is said, not read (before, the first of the two read was kept as the mine's, the mine's own lost).
     * The figures keep their order.
     */
    private static void resolveIssuerOrOnlyMine(Map<String, ParsedFigure> figures, String singleMine, Collection<Sentence> warnings) {
        if (figures.values().stream().noneMatch(f -> ProseReader.ISSUER_OR_ONLY_MINE.equals(f.mine()))) {
            return;
        }
        List<ParsedFigure> all = List.copyOf(figures.values());
        figures.clear();
        for (ParsedFigure f : all) {
            ParsedFigure resolved = f;
            if (ProseReader.ISSUER_OR_ONLY_MINE.equals(f.mine())) {
                boolean mineSaysOtherwise = all.stream().anyMatch(o -> singleMine.equals(o.mine()) && o.period().equals(f.period()) && o.measure() == f.measure()
                        && Objects.equals(o.metal(), f.metal()) && !sameFigure(o, f));
                if (mineSaysOtherwise) {
                    warnings.add(new Sentence("figure-without-mine", f.line(), f.figure().value().toPlainString(), f.measure().named(f.metal()), f.period().code()));
                    continue;
                }
                resolved = new ParsedFigure(singleMine, f.period(), f.measure(), f.metal(), f.figure(), f.line());
            }
            figures.merge(key(resolved), resolved, ReleaseParser::finer);
        }
    }

    /**
     * "Tonnes processed 38,814" under "(in thousands, except per unit amounts)" beside "Tonnes per day processed 427": read in
     * thousands, 38,814,000 tonnes would take 90,899 days at the 427 a day printed; the caption's thousands are its money's,
     * and the tonnes are as printed. A mine's tonnes milled in thousands that its own rate cannot mill within the period's
     * days ({@link Plausibility#daysFit}), and can as printed, are taken as printed, and that is said.
     */
    private static void tonnesAgainstTheirRate(Map<String, ParsedFigure> figures, Collection<Sentence> warnings) {
        BigDecimal thousand = BigDecimal.valueOf(1000);
        for (Map.Entry<String, ParsedFigure> e : figures.entrySet()) {
            ParsedFigure tonnes = e.getValue();
            if (tonnes.measure() != Measure.TONNES_MILLED || tonnes.figure().resolution().compareTo(thousand) < 0) {
                continue;
            }
            ParsedFigure rate = figures.get(key(tonnes.mine(), tonnes.period(), Measure.TPD, null));
            if (rate == null || rate.figure().value().signum() <= 0) {
                continue;
            }
            ReportedFigure printed = ReportedFigure.of(tonnes.figure().value().divide(thousand), tonnes.figure().resolution().divide(thousand));
            if (!PLAUSIBLE.daysFit(tonnes.figure().value(), rate.figure().value(), tonnes.period())
                    && PLAUSIBLE.daysFit(printed.value(), rate.figure().value(), tonnes.period())) {
                e.setValue(new ParsedFigure(tonnes.mine(), tonnes.period(), tonnes.measure(), tonnes.metal(), printed, tonnes.line()));
                warnings.add(new Sentence("table.thousands-against-rate", tonnes.line(), printed.value().toPlainString(), tonnes.period().code(),
                        rate.figure().value().toPlainString()));
            }
        }
    }

    /**
     * Whether a sentence's figure says again, rounded, what a table gave for the same period ("produced 2.0 million
     * ounces of silver" over a table's 2,028,000 at the mine): the table's figure is the one to keep, and the
     * sentence's, placed at the company, would be a second figure of the same metal.
     */
    private static boolean restatesTable(ParsedFigure f, List<ParsedFigure> tableFigures) {
        return tableFigures.stream().anyMatch(t -> t.period().equals(f.period()) && t.measure() == f.measure() && Objects.equals(t.metal(), f.metal())
                && sameFigure(t, f));
    }

    /** The masses of metal the text says ore mined or stockpiled contains, each with its line. */
    private static Map<Quantities.Quantity, Integer> containedInOre(List<Row> rows) {
        Map<Quantities.Quantity, Integer> contained = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.prose() && row.text().contains("containing")) { // (few texts say so: a plain search first spares the reading)
                ProseReader.sentences(row.text()).forEach(sentence -> ProseReader.containedInOre(sentence).forEach(q -> contained.put(q, row.line())));
            }
        }
        return contained;
    }

    /** Whether two figures may be one value printed at two roundings: their ranges of rounding meet. */
    private static boolean sameFigure(ParsedFigure a, ParsedFigure b) {
        return sameFigure(a.figure(), b.figure());
    }

    private static boolean sameFigure(ReportedFigure a, ReportedFigure b) {
        return a.lowest().compareTo(b.highest()) <= 0 && b.lowest().compareTo(a.highest()) <= 0;
    }

    /** How far apart, as a share of the first, two rows' figures may be and still be one figure printed in two units. */
    private static final BigDecimal SAME_FIGURE_APART = new BigDecimal("0.02");

    /**
     * Two rows of a table giving the same figure in two units ("Total Silver Produced (kg)" 4,960 and "(oz) calculated"
     * 159,582; "(g)" 17,875 and "(oz)" 574): the one printed finer is kept. Figures further apart than a few percent are
     * not the same figure, and the first stays.
     */
    private static ParsedFigure finer(ParsedFigure first, ParsedFigure second) {
        BigDecimal a = first.figure().value();
        BigDecimal b = second.figure().value();
        boolean same = a.signum() > 0 && a.subtract(b).abs().compareTo(a.multiply(SAME_FIGURE_APART)) <= 0;
        if (!same && printedInOurUnit(second) && !printedInOurUnit(first)) {
            // "Gold production (kg) 168,1" above "Gold production (tr. oz) 5 228": the ounces as printed, not the kilograms
            // restated, when the two disagree (a release may give its ounces of the metal paid for)
            return second;
        }
        return same && second.figure().roundingHalfWidth().compareTo(first.figure().roundingHalfWidth()) < 0 ? second : first;
    }

    /** A figure as the text printed it, not restated from another unit: its resolution a power of ten ("5 228", "86.7"). */
    private static boolean printedInOurUnit(ParsedFigure figure) {
        BigDecimal resolution = figure.figure().resolution();
        return resolution != null && resolution.signum() > 0 && resolution.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE);
    }

    private static final Pattern NOT_OWN_METAL = Pattern.compile("(?i)\\b(?:sold|sales|vendi\\w*|ventas?|equivalents?|geos?|aueq|ageq|" + Vocabulary.PAID_FOR + ")\\b[^.;]*$");

    /** Ounces of a platinum-group metal: "60,000 oz. palladium", "5,487 ounces of platinum". */
    private static final Pattern PGM_OUNCES = Pattern.compile("(?i)\\d\\s*(?:oz\\.?|ounces)\\s+(?:of\\s+)?(?:palladium|platinum|PGMs?|PGEs?)\\b");

    /**
     * The one precious metal a text is of: the one it names, or of both named the one it gives quantities of. None in a text that
     * gives ounces of palladium or platinum, which MineWatch does not follow: its ounces without a metal's name may be theirs
     * ("the mine has produced 164,000 oz. in the first nine months" of a palladium mine that also produced 4,313 oz. gold).
     */
    private static Metal onlyPrecious(String text) {
        if (PGM_OUNCES.matcher(text).find()) {
            return null;
        }
        List<Metal> precious = Quantities.metalsNamed(text).stream().filter(Metal::isPrecious).toList();
        // the metals of the text's quantities, not counting a metal sold, or one within an equivalent ("sold 1.2 Moz of silver",
        // "74,900 GEOs, including 172,500 ounces of silver")
        List<Quantities.Quantity> ofMetals = Quantities.find(text).stream().filter(q -> q.metal() != null && q.metal().isPrecious()).toList();
        List<Metal> counted = ofMetals.stream().filter(q -> !NOT_OWN_METAL.matcher(text.substring(Math.max(0, q.start() - 60), q.start())).find())
                .map(Quantities.Quantity::metal).distinct().toList();
        if (precious.size() <= 1) {
            // one named, but only as sold or within an equivalent: no metal of the text's own production, unless the text also
            // names it for its own ("Gold output ... totalled 99 228 oz" beside "Alamos sold 94 791 oz of gold") and gives
            // ounces of its own without a metal's name ("Mulatos produced 38 500 oz")
            boolean ownOunces = Quantities.find(text).stream().anyMatch(q -> q.kind() == Quantities.Kind.PRECIOUS_MASS && q.metal() == null
                    && !NOT_OWN_METAL.matcher(text.substring(Math.max(0, q.start() - 60), q.start())).find())
                    && Quantities.METAL_NAME.matcher(text).results().anyMatch(m -> !NOT_OWN_METAL.matcher(text.substring(Math.max(0, m.start() - 60), m.start())
                            .replaceAll("(\\d)\\.(\\d)", "$1$2")).find()
                            && !NOT_OWN_METAL.matcher(text.substring(m.start(), Math.min(text.length(), m.end() + 30)).replaceAll("[.;].*", "") + " ").find());
            return precious.isEmpty() || !ofMetals.isEmpty() && counted.isEmpty() && !ownOunces ? null : precious.get(0);
        }
        // both named, one only in words ("a Gold and Silver Sales Agreement"): the one the text gives quantities of
        return counted.size() == 1 ? counted.get(0) : null;
    }

    /**
     * Adds a guidance read to those read before, unless it says again what one of them says: a guidance stated twice (a
     * headline, then the chief executive's words; a sentence, then a table's column of the year's plan) is one guidance;
     * told once of the company and once of a mine, it is the mine's (a one-mine company's plan is its mine's).
     */
    /** Whether a guidance read is a single figure printed in the words before the turn to the plan: what was done, not planned. */
    private static boolean statedBefore(String done, ParsedGuidance g) {
        return g.low().value().compareTo(g.high().value()) == 0
                && Quantities.find(done).stream().anyMatch(q -> q.figure().value().compareTo(g.low().value()) == 0);
    }

    private static void addGuidance(List<ParsedGuidance> guidance, ParsedGuidance g) {
        guidance.removeIf(other -> other.mine() == null && g.mine() != null && samePlan(other, g));
        if (guidance.stream().noneMatch(other -> samePlan(other, g) && (Objects.equals(other.mine(), g.mine()) || g.mine() == null))) {
            guidance.add(g);
        }
    }

    /** Whether two guidance read say the same year, metal, figures and withdrawal, of whichever mine or company. */
    private static boolean samePlan(ParsedGuidance a, ParsedGuidance b) {
        return a.year() == b.year() && a.metal() == b.metal() && a.withdrawn() == b.withdrawn()
                && Objects.equals(a.low() == null ? null : a.low().value().stripTrailingZeros(), b.low() == null ? null : b.low().value().stripTrailingZeros())
                && Objects.equals(a.high() == null ? null : a.high().value().stripTrailingZeros(), b.high() == null ? null : b.high().value().stripTrailingZeros());
    }

    private static String key(ParsedFigure f) {
        return key(f.mine(), f.period(), f.measure(), f.metal());
    }

    private static String key(String mine, ReportingPeriod period, Measure measure, Metal metal) {
        return mine + "|" + period + "|" + measure + "|" + Objects.toString(metal);
    }

    private static final Pattern YEARLESS_QUARTER = Pattern.compile(
            "(?i)\\b(?:(first|second|third|fourth|primer|segundo|tercer|cuarto|primeiro|terceiro|quarto)[\\s-]+(?:quarter|trimestre)|Q([1-4]))\\b(?!\\s*(?:of\\s+|[-/]\\s*)?'?\\d)"
            // "the first quarter of fiscal 2022": a fiscal quarter, which only the text's own statement places on the calendar
            + "(?!\\s*(?:of\\s+(?:the\\s+)?)?(?:fiscal|FY|F\\d))");
    // "over the three months to September": a quarter named by the month it ran to
    // ("its quarterly report listing production highlights for the period ended June 30": a quarterly report's period is its quarter)
    private static final Pattern YEARLESS_QUARTER_ENDED = Pattern.compile("(?i)\\b(?:quarter|three\\s+months|(?<=\\bquarterly\\b[^.;]{0,80}?)period)\\s+(?:" + PeriodLabels.ENDED_IN_QUARTER_MONTH
            + "|to\\s+(?:the\\s+end\\s+of\\s+)?(mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?))\\b(?!,?\\s+'?(?:19|20)?\\d{2}\\b)");
    /** "its first quarter ended August 31, 2011": a quarter that ends in a month no calendar quarter ends in is a fiscal one. */
    private static final Pattern QUARTER_ENDED_IN = Pattern.compile("(?i)\\bquarter\\b(?:\\s+of\\s+fiscal\\s+(?:year\\s+)?'?\\d{2,4}\\s*,?)?\\s+end(?:ed|ing)\\s+(?:on\\s+)?(?:\\d{1,2}\\s+)?" + PeriodLabels.MONTH + "\\b");
    private static final Pattern SPANISH_DATE_WORD = Pattern.compile("(?i)\\b(publicado|fecha|actualizado|lima|m[e\u00e9]xico)\\b");
    private static final Pattern DATELINE = Pattern.compile("(?i)\\b" + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b"
            + "|\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d{2})\\b"
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
            + "septiembre|setiembre|octubre|noviembre|diciembre)[a-z]*\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})\\b"
            // "date 2018-07-06": a page's date written the ISO way
            + "|\\b((?:19|20)\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b");
    /** "Hoy es Viernes 26 de Abril de 2024", "Today is ...": the page's own date, not the release's. */
    private static final Pattern TODAY = Pattern.compile("(?i)^\\s*(?:hoy es|today is)\\b");
    /** "15:44 15/11/24" on a line of its own: a share price's time and date, as a page's quote widgets stamp them, not the release's. */
    private static final Pattern QUOTE_STAMP = Pattern.compile("^\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}\\s*$");
    /** How far from a period a page run into one line is searched for words of a plan. */
    private static final int RUN_ON_REACH = 80;
    /** Words of a plan: a period they name is when something is to happen, not the period reported. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(scheduled|will|would|by the end of|completion|expected|expectations?|expects?|anticipat\\w*|planned|due|webcast|conference call|"
            // ("Phase II expansion, aimed at bringing the annualised production up to 100,000 ozs in Q1 2010": a goal's quarter)
            + "aim(?:ed|s|ing)?\\s+(?:at|to)|"
            // ("The company is looking to increase gold production in the fourth quarter of 2012": a wish's quarter)
            + "(?:is|are)\\s+looking\\s+to|"
            // ("full production stoping ready to begin in the third quarter of 2015": a start's quarter, still to come)
            + "(?:ready|set|poised)\\s+to\\s+(?:begin|start|commence|resume)|"
            + "se espera|esperamos|prev[e\u00e9]|previst[oa]s?|programad[oa]s?|planificad[oa]s?|puesta en servicio|ser[a\u00e1]n?)\\b");

    /** Words before a period that make it a comparison's, not the release's own ("up 2% over Q4 2011"). */
    // ("superior ao terceiro trimestre de 2020", "inferior al mismo trimestre": Portuguese and Spanish comparatives)
    private static final Pattern COMPARED = Pattern.compile("(?i)(over|from|than|to|with|versus|vs\\.?|against|below|above)\\s+(?:the\\s+)?$|\\(\\s*$"
            + "|\\b(?:superior|inferior|maior|menor|mayor)(?:es)?\\s+(?:a[lo]?|\u00e0|que\\s+(?:el|o|en|no))\\s+$"
            // "51% higher than in the third quarter of 2005", "menos onças produzidas do que no terceiro trimestre de 2020"
            + "|\\bthan\\s+(?:in|during|for)\\s+(?:the\\s+)?$|\\bdo\\s+que\\s+(?:(?:n[oa]s?|em)\\s+)?$");
    /** "the highest gold recoveries since Q4 2019": a record's span back to a quarter, neither reported nor compared with. */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?$");
    /**
     * How many years past a text's latest year its plans may run and that year still be the text's own: plans for the year
     * after next are common ("expects to complete the expansion in the first quarter of 2025" in a text of 2023); plans
     * further out beside an old year tell that year is an event's ("a contamination scare in April 2007" beside 2011's).
     */
    private static final int PLANS_AHEAD_YEARS = 2;
    /** How long after a dateline a period the text reports as its own may end before the dateline is taken for a page's date. */
    private static final int PAGE_DATE_DAYS = 120;
    /** What follows a quarter whose figures a text reports: "first-quarter operational results", "Q1 production". */
    private static final Pattern REPORTED_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:results|production|report|highlights|output)\\b");

    /**
     * "when compared with the output for the fourth quarter of 2020": a comparison whose words stand a little before its period,
     * unless they already name what they compare with ("compared to the prior year for the third quarter of 2022" reports the quarter).
     */
    /** A figure and a few words of its own after it: "87,800 oz recovered there", "7.5 million metric tons averaging 0.26 g/t". */
    private static final String FIGURE_AND_ITS_WORDS = "\\S*\\d\\S*(?:\\s+[^\\s,;()]+){0,7}?";
    private static final Pattern COMPARED_AFAR = Pattern.compile("(?i)\\b(?:compared|comparison|relative)\\s+(?:to|with)\\b"
            + "(?![^,;.()\\d]*\\b(?:prior|previous|last|same|year[- ]ago|year[- ]earlier|corresponding)\\b)[^,;.()\\d]{0,40}$"
            // "up from US$363 in the first quarter of 2004", "a nearly 6 percent increase over the 87,800 oz recovered there during the
            // first three months of 2016": what a figure was in the period compared with
            + "|\\b(?:(?:up|down)\\s+from|(?:increase|rise|gain|improvement|decrease|decline|drop|fall)s?\\s+(?:over|from|on)\\s+(?:the\\s+)?)"
            + "\\s*" + FIGURE_AND_ITS_WORDS + "\\s+(?:in|during|for)\\s+(?:the\\s+)?$"
            // "compared with 44,000 ounces in the first half of 2021": the same with a comparison's words
            // ("compared with $3 million (5 cents per share) during the first quarter of 1997": an aside in parentheses after it)
            + "|\\b(?:compared\\s+(?:to|with)|versus|vs\\.?|against)\\s+" + FIGURE_AND_ITS_WORDS + "(?:\\s+\\([^()]{0,30}\\))?\\s+(?:in|during|for)\\s+(?:the\\s+)?$"
            // "comparadas com 11.631 onças produzidas no segundo trimestre", "consistente com o desenvolvimento de 2.701 metros do
            // terceiro trimestre de 2020", "comparado con 9,000 onzas en el": the same in Portuguese and Spanish
            + "|\\b(?:comparad[oa]s?|consistentes?)\\s+(?:com|con|a|ao|al|\u00e0s?|a\\s+las?)\\s+(?:[^\\s,;()\\d]+\\s+){0,3}?\\S*\\d\\S*(?:\\s+[^\\s,;()]+){0,3}?"
            + "\\s+(?:no|na|nos|em|en|durante|do|da|del?)\\s+(?:el\\s+|o\\s+)?$");

    /** Whether the period named at {@code at} is one the sentence compares with, not its own. */
    private static boolean comparedBefore(String sentence, int at) {
        return COMPARED.matcher(sentence.substring(Math.max(0, at - 20), at)).find() || COMPARED_AFAR.matcher(sentence.substring(Math.max(0, at - 80), at)).find()
                || figureComparedBefore(sentence.substring(Math.max(0, at - 120), at));
    }

    /** Whether the words before a period end on a figure it is compared with: one another period had, or one it exceeded. */
    private static boolean figureComparedBefore(String before) {
        return THAN_A_FIGURE.matcher(before).find() || EXCEEDED_FIGURE.matcher(before).find();
    }

    /**
     * "exceeding the 17 050 oz produced in the first quarter of 2024", "surpassing the previous high of 18 515 oz achieved in the
     * first quarter of 2022": a figure a period's own surpassed, in its period.
     */
    private static final Pattern EXCEEDED_FIGURE = Pattern.compile("(?i)\\b(?:exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|beat(?:ing|s)?|outpac(?:ing|ed|es))\\s+"
            + "(?:[^\\s\\d,;()]+\\s+){0,4}?\\d[\\d,. ]*(?:\\s+[^\\s,;()\\d]+){0,8}?\\s+(?:produced|milled|processed|treated|poured|mined|achieved|recorded|set)"
            + "\\s+(?:in|during|for)\\s+(?:the\\s+)?$");

    /** "lower than the 4,921 ounces of gold that San Juan had produced in the first quarter of 2010": a figure compared with, in its period. */
    // (only what "had" been produced: "more than 52,000 ounces of gold in the third quarter" is the quarter's own, and "more than the
    // 22,400 ounces produced by Harrier during the third quarter" compares two mines in one quarter)
    private static final Pattern THAN_A_FIGURE = Pattern.compile("(?i)\\b(?:lower|higher|less|more|greater|fewer)\\s+than\\s+(?:the\\s+)?(?:US)?\\$?\\d[\\d,.]*"
            + "(?:\\s+[^\\s,;()\\d]+){0,8}?\\s+had\\s+(?:been\\s+)?(?:produced|milled|processed|treated|poured|mined)\\s+(?:in|during|for)\\s+(?:the\\s+)?$");
    private static final Pattern ENDED = Pattern.compile("(?i)\\bend(?:ed|ing)\\b");
    /** A quarter's ordinal right before "quarter ended June 30, 2021". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?i)\\b(?:first|second|third|fourth)\\s+$");

    /** Where a period named from {@code at} begins with its ordinal: "second quarter ended June 30", read from "quarter". */
    private static int withItsOrdinal(String sentence, int at) {
        Matcher ordinal = ORDINAL_BEFORE.matcher(sentence.substring(Math.max(0, at - 8), at));
        return ordinal.find() ? at - ordinal.group().length() : at;
    }
    /** "In the first quarter of 2004, production was more than twice as high": a quarter named as what the figures are compared with. */
    // (a multiple only: "In the third quarter of 2015, gold production was higher than expected" is that quarter's own)
    private static final Pattern COMPARED_AFTER = Pattern.compile("(?i),?\\s+(?:[\\p{L}]+\\s+){0,3}?(?:was|were)\\s+(?:more\\s+than\\s+|nearly\\s+|about\\s+|almost\\s+)?"
            + "(?:twice|three\\s+times|half)\\s+as\\s+(?:high|large|much|low)\\b");
    /** "Last year, during the same quarter", "the same quarter last year", "the same quarter a year earlier". */
    private static final Pattern SAME_QUARTER_LAST_YEAR = Pattern.compile("(?i)\\blast\\s+year,?\\s+(?:during|in)\\s+the\\s+same\\s+quarter\\b"
            + "|\\bsame\\s+quarter\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:earlier|ago|before))\\b");

    /**
     * A line that dates the page rather than titles a section ("17th July 2023", "published: 18 November 2014"): a date,
     * and no word of a span ("Nine months ended September 30, 2019" titles its section).
     */
    private static boolean isDateOnly(String line) {
        return dateline(line) != null && !SPAN_WORD.matcher(line).find();
    }

    private static final Pattern SPAN_WORD = Pattern.compile("(?i)\\b(months?|quarters?|years?|half|semestre|trimestre|ended|ending|to date)\\b");

    /** How far a release's opening lines reach, menus and one-word lines included. */
    private static final int OPENING_ROWS = 40;
    /** How many lines of four words or more the opening holds: a page's menu of short lines is no part of it. */
    private static final int OPENING_LINES = 12;

    /**
     * The release's own quarter, announced as ended on a day: "announces production results for the third fiscal quarter ended
     * January 31, 2020", "reports that for its first quarter ended August 31, 2011". Not another company's quarter told in
     * passing ("Maple Bay, which reported its own results for its quarter ended October 31, 2022"), nor a quarter without its
     * day and year.
     */
    private static final Pattern OWN_QUARTER_ENDED = Pattern.compile("(?i)(?<!\\bwhich\\s|\\bwho\\s)\\b(?:announces?|announced|reports?|reported|releases?|released|provides?|presents?)\\s+"
            // (or its months to such a day: "has reported its financial and operating results for the six months ended May 31, 2008")
            + "(?:[\\p{L}'\u2019,-]+\\s+){0,6}?(?:for|of)\\s+(?:the|its)\\s+(?:(?:(?:first|second|third|fourth)\\s+)?(?:fiscal\\s+)?quarter|(?:three|six|nine)[- ]months?)\\s+end(?:ed|ing)\\s+(?:on\\s+)?"
            + "(?:\\d{1,2}\\s+" + PeriodLabels.MONTH + "|" + PeriodLabels.MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+(?:19|20)\\d{2}\\b");

    private static final Pattern OWN_WORD = Pattern.compile("(?i)\\bown\\b");

    /**
     * The words of the line that names the issuer which announce the release's own quarter as ended in a month no calendar
     * quarter ends in ("Starcore International Mines Ltd. ... announces production results for the third fiscal quarter ended
     * January 31, 2020"), if any: the text's quarters are then the company's fiscal ones. A partner's, a buyer's or a
     * subsidiary's quarter told on another line ("Maple Bay, our joint venture partner, reported results for the quarter ended
     * October 31, 2023") says nothing of the release's.
     */
    static Optional<String> offCalendarQuarter(List<Row> rows, Optional<ReleaseIssuer> issuer) {
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        // (its sentence goes on in lower case on the row below when the issuer's line was not taken for a sentence's start:
        // "HALIFAX, July 11 /CNW/ - Etruscan Resources Inc. (EET.TSX) has reported" over "its financial and operating results for")
        int at = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).line() == issuer.get().line()).findFirst().orElse(-1);
        String next = at >= 0 && at + 1 < rows.size() ? rows.get(at + 1).text().strip() : "";
        String sentence = at < 0 ? null : rows.get(at).text() + (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) ? " " + next : "");
        return Optional.ofNullable(sentence)
                .flatMap(text -> OWN_QUARTER_ENDED.matcher(text).results()
                        .filter(m -> !OWN_WORD.matcher(m.group()).find()) // ("reported its own results for its quarter ended")
                        .filter(m -> PeriodLabels.monthNumber(m.group(1) != null ? m.group(1) : m.group(2)) % 3 != 0)
                        .map(MatchResult::group).findFirst());
    }

    /**
     * The period a release is about, from its title and opening lines outside guidance (its first twelve lines of four
     * words or more, within the first forty rows: a page's menu of single words is read for its dates but not counted): a quarter "ended" on a
     * date (a fiscal alias beside it, "second quarter ended September 30, 2012 ('Q2 2013')", is not ours); else the
     * latest quarter named other than as a comparison; else a quarter named without its year ("third quarter ('Q3')
     * production"), placed by the dateline as the last such quarter ended before it, or by the comparisons (the same
     * quarter a year before, or the quarter before); else a month, when they speak of a month's production; else
     * none: a dateline's date alone is not the period.
     */
    static ReportingPeriod releasePeriod(List<Row> rows, GuidanceReader guidance) {
        ReportingPeriod ended = null;
        ReportingPeriod yearEnded = null; // "final results for the year ended 31 December 2012": a release of the year
        Set<ReportingPeriod> ownNamed = new HashSet<>();
        List<ReportingPeriod> compared = new ArrayList<>();
        ReportingPeriod month = null;
        ReportingPeriod toDate = null;
        Integer yearless = null;
        Integer yearlessToDate = null; // the quarters of a year's span ended without its year: "in the six months ended June 30" (2)
        boolean toDateWithoutEnd = false; // that span named without the day it ended: "in the first half of the year", "entre enero y setiembre"
        boolean yearlessEnded = false; // the yearless quarter is one the text says it reports on: "for the quarter ended June 30"
        boolean yearlessReported = false; // the yearless quarter is the one whose results the text gives: "first-quarter operational results"
        boolean offCalendar = false;
        boolean fiscalYear = false;
        boolean offCalendarYear = false;
        Integer latestYear = null;
        Integer latestPlanYear = null; // the latest year the plans and forecasts of the opening speak of
        ReportingPeriod earliestPlanQuarter = null; // the first quarter they speak of ("planned for commissioning in Q2 2023")
        Integer yearOnTrack = null; // "on track to meet ... its guidance for 2020": the year the text is written in
        Integer yearCompared = null; // "compared with 294,117 oz. and 76.2 million lbs. in 2003": the latest year figures are compared with
        Integer yearOfFigures = null;
        Integer sameOf = null;
        Integer yearFirst = null; // the year the text's figures are first dated by, before it names any quarter
        boolean quarterSeen = false;
        boolean sameQuarterLastYear = false; // "last year, during the same quarter": the quarters compared with are a year before the one reported
        LocalDate dateline = null;
        LocalDate headDate = null; // a dateline at the head of the text, not "a news release dated January 18" further on
        int read = 0;
        for (int r = 0; r < rows.size() && read < OPENING_LINES && r < OPENING_ROWS; r++) {
            Row row = rows.get(r);
            String line = row.text();
            if (row.wordy()) {
                read++; // a page's menu is not the release's first lines
            }
            if (dateline == null) {
                dateline = dateline(line, true);
                if (dateline != null && r < HEAD_ROWS && HEADING_DATE.matcher(line).lookingAt()) {
                    headDate = dateline; // the line opens with its date, the first the line holds
                }
            }
            for (String whole : ProseReader.sentences(line)) {
                String sentence = whole;
                // a page run into one line is judged near each period it names, not as one sentence
                boolean runOn = sentence.length() > ProseReader.RUN_ON;
                if (!runOn && (guidance.isGuidance(sentence) || isFuture(sentence))) {
                    Matcher onTrack = ON_TRACK_FOR_YEAR.matcher(sentence);
                    if (yearOnTrack == null && onTrack.find()) {
                        yearOnTrack = Integer.parseInt(java.util.stream.IntStream.rangeClosed(1, onTrack.groupCount()).mapToObj(onTrack::group)
                                .filter(java.util.Objects::nonNull).findFirst().orElseThrow());
                    }
                    for (PeriodLabels.Mention m : PeriodLabels.mentions(sentence)) {
                        if (m.period() != null && (latestPlanYear == null || m.period().year() > latestPlanYear)) {
                            latestPlanYear = m.period().year(); // "expects to complete the ramp-up in the first quarter of 2011"
                        }
                        if (m.period() != null && m.period().kind() == PeriodKind.QUARTER && (earliestPlanQuarter == null || m.period().compareTo(earliestPlanQuarter) < 0)) {
                            earliestPlanQuarter = m.period();
                        }
                    }
                    // "reports Q3 production fell 4% to 153K oz. but says full-year output is trending towards the upper end of the
                    // guidance range": what was done, told before the plan, still names the quarter reported
                    Matcher turn = TURN_TO_PLAN.matcher(sentence);
                    if (!turn.find() || guidance.isGuidance(sentence.substring(0, turn.start())) || isFuture(sentence.substring(0, turn.start()))) {
                        continue;
                    }
                    sentence = sentence.substring(0, turn.start());
                }
                for (PeriodLabels.Mention m : PeriodLabels.mentions(sentence)) {
                    if (m.period() != null && (latestYear == null || m.period().year() > latestYear)
                            && !SINCE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()
                            && !ProseReader.datesAssetHistory(sentence, m.start())) {
                        latestYear = m.period().year(); // "la producción de zinc ... en el año 2024": the year the text is in
                    }
                }
                for (PeriodLabels.Mention m : PeriodLabels.mentions(sentence)) {
                    ReportingPeriod p = m.period();
                    String near = sentence.substring(Math.max(0, m.start() - RUN_ON_REACH), Math.min(sentence.length(), m.end() + RUN_ON_REACH));
                    if (p == null || runOn && (guidance.isGuidance(near) || isFuture(near))) {
                        continue;
                    }
                    if (p.kind() == PeriodKind.QUARTER && !SINCE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                        // ("a decrease of 20 per cent in gold over the second quarter ended June 30, 2021": a quarter ended that is compared
                        // with, its ordinal before the words read as its period)
                        if (ENDED.matcher(sentence.substring(m.start(), m.end())).find() && !comparedBefore(sentence, withItsOrdinal(sentence, m.start()))) {
                            ended = later(ended, p);
                        } else if (comparedBefore(sentence, m.start()) || COMPARED_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                            compared.add(p);
                        } else if (!ProseReader.datedEvent(sentence, m.start()) // "sold on the first business day of Q4 2022": no period reported
                                && !(FINANCE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 80), m.start())).find() && !OPERATIONS.matcher(sentence).find())) { // "debt repayment ... during the fourth quarter of 2018"
                            ownNamed.add(p);
                        }
                    }
                    // ("a summary of July 2020 production results": a month's results, named as what the text gives)
                    // (not a day's date: "27 Mar 2008 07:01" over "the 6 month period" is when the text was written)
                    if (p.kind() == PeriodKind.MONTH && month == null && !DAY_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 4), m.start())).find()
                            && !DAY_AFTER.matcher(sentence.substring(m.end())).lookingAt() && (MONTHLY.matcher(sentence).find()
                            || REPORTED_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt())) {
                        month = p;
                    }
                    if (p.kind() == PeriodKind.FULL_YEAR && ENDED.matcher(sentence.substring(m.start(), m.end())).find() && !comparedBefore(sentence, m.start())
                            && RESULTS_FOR.matcher(sentence.substring(Math.max(0, m.start() - 60), m.start() + 8)).find()) {
                        yearEnded = later(yearEnded, p);
                    }
                    if (p.kind() == PeriodKind.YEAR_TO_DATE && toDate == null && !comparedBefore(sentence, m.start())) {
                        toDate = p; // "production in the first half of 2017": a release of the half year
                    }
                }
                Matcher bare = BARE_YEAR_OF_FIGURES.matcher(sentence);
                while (bare.find()) {
                    int group = bare.group(1) != null ? 1 : bare.group(2) != null ? 2 : bare.group(3) != null ? 3 : 4;
                    int yearAt = bare.start(group);
                    if (FIGURE_COMPARED_WITH.matcher(sentence.substring(Math.max(0, bare.start() - 60), yearAt)).find()) {
                        int compareYear = Integer.parseInt(bare.group(group));
                        yearCompared = yearCompared == null ? compareYear : Math.max(yearCompared, compareYear);
                        continue; // "increased to 10,923 ounces versus 9,166 ounces in 2016": the year of the figure compared with
                    }
                    int y = Integer.parseInt(bare.group(group));
                    if (ProseReader.datedEvent(sentence, yearAt)) {
                        continue; // "Duketon, the miner's flagship operation, entered production in 2010": when a thing began
                    }
                    if (RUNNING_YEAR_BEFORE.matcher(sentence.substring(Math.max(0, bare.start() - 30), yearAt)).find()) {
                        continue; // "To date, production in 2019 is 39.7kg": a year still running, not one the text's figures are of
                    }
                    if (dateline == null || y <= dateline.getYear()) {
                        yearOfFigures = yearOfFigures == null ? y : Math.max(yearOfFigures, y);
                        if (!quarterSeen && !namesQuarter(sentence)) {
                            yearFirst = y; // "Cambior produced 694,100 oz. gold in 2004", before any quarter is named
                        }
                    }
                }
                quarterSeen |= namesQuarter(sentence);
                fiscalYear |= FISCAL_WORDS.matcher(sentence).find() || FINANCIAL_YEAR.matcher(sentence).find();
                offCalendarYear |= YEAR_ENDED_OFF_CALENDAR.matcher(sentence).find(); // "results for the year ended 30 June 2013": a fiscal year's halves
                sameQuarterLastYear |= SAME_QUARTER_LAST_YEAR.matcher(sentence).find();
                Matcher same = SAME_PERIOD_OF.matcher(sentence);
                if (same.find() && !isFuture(sentence)) {
                    sameOf = Integer.parseInt(same.group(1));
                }
                offCalendar |= QUARTER_ENDED_IN.matcher(sentence).results().anyMatch(m -> PeriodLabels.monthNumber(m.group(1)) % 3 != 0);
                Matcher endedYearless = YEARLESS_QUARTER_ENDED.matcher(sentence);
                if (endedYearless.find() && !isFuture(sentence)) {
                    // "for the quarter ended June 30": the release's own quarter, before any other named without its year
                    yearless = PeriodLabels.quarterEndedIn(endedYearless.group(1) != null ? endedYearless.group(1) : endedYearless.group(2));
                    yearlessEnded = true;
                }
                Matcher both = THREE_AND_MONTHS_ENDED.matcher(sentence);
                if (both.find() && !isFuture(sentence)) {
                    // "for the three and 12 months ended December 31, 2021": one ending for two spans, the first of them the
                    // release's quarter (a figure's own words still say which span it is of)
                    ended = later(ended, PeriodLabels.parse("quarter ended " + both.group(1)).orElse(null));
                }
                Matcher spanEnded = YEARLESS_TO_DATE_ENDED.matcher(sentence);
                if (yearlessToDate == null && spanEnded.find() && !isFuture(sentence) && !comparedBefore(sentence, spanEnded.start())) {
                    int months = PeriodLabels.MONTH_COUNTS.get(spanEnded.group(1).toLowerCase(java.util.Locale.ROOT));
                    yearlessToDate = months == PeriodLabels.monthNumber(spanEnded.group(2)) ? months / 3 : null; // a fiscal span is no calendar one
                }
                Matcher spanish = YEARLESS_SPANISH_TO_DATE.matcher(sentence);
                if (yearlessToDate == null && spanish.find() && !isFuture(sentence) && !comparedBefore(sentence, spanish.start())) {
                    // "al cierre de junio la compa\u00f1\u00eda alcanz\u00f3 una producci\u00f3n de 42,000 onzas", "entre enero y septiembre"
                    yearlessToDate = PeriodLabels.monthNumber(spanish.group(1)) / 3;
                    toDateWithoutEnd = true;
                }
                Matcher half = YEARLESS_FIRST_HALF.matcher(sentence);
                if (yearlessToDate == null && half.find() && !isFuture(sentence) && !comparedBefore(sentence, half.start()) && !FISCAL_WORDS.matcher(sentence).find()) {
                    yearlessToDate = 2; // "produced 1 098 ounces of gold in the first half of the year", "in H1", in a dated story
                    toDateWithoutEnd = true;
                }
                Matcher q = YEARLESS_QUARTER.matcher(sentence);
                while (yearless == null && q.find()) {
                    // "output ... 13% below Q2 levels": a quarter compared with is not the one the text is about; nor a quarter that
                    // dates an event ("a labour dispute that took place in the second quarter" of a half year's story)
                    if (!comparedBefore(sentence, q.start()) && !ProseReader.datedEvent(sentence, q.start())) {
                        yearless = q.group(2) != null ? Integer.parseInt(q.group(2)) : PeriodLabels.ordinal(q.group(1));
                        yearlessReported = REPORTED_AFTER.matcher(sentence).region(q.end(), sentence.length()).lookingAt();
                    }
                }
            }
        }
        if (dateline != null) {
            LocalDate written = dateline;
            if (!ownNamed.isEmpty() && ownNamed.stream().allMatch(p -> p.endDate().isAfter(written.plusDays(PAGE_DATE_DAYS)))) {
                // " date 2020-01-01" over "record quarterly silver production of 407,986 ounces in Q4 2020": no text reports a
                // quarter months before it ends, so a date before every quarter the text names as its own is a page's, not the
                // release's (a quarter that ends a few weeks after the date may be one the text plans for: "expects 4Q production
                // rate of ~600-700tpd"; beside a quarter ended before the date, a later one is a plan's: "lifts copper recovery
                // to 88.5% in the fourth quarter of 2017" in a release of July 2015)
                dateline = null;
                headDate = null;
            }
        }
        if (ended != null) {
            return ended;
        }
        if (yearEnded != null && ownNamed.isEmpty() && compared.isEmpty() && yearless == null && toDate == null && month == null && yearlessToDate == null) {
            // "announces its final results for the year ended 31 December 2012", naming no quarter nor part of the year of its own
            return yearEnded;
        }
        if (yearOfFigures == null && yearCompared != null && ownNamed.isEmpty() && compared.isEmpty() && toDate == null && month == null
                && dateline == null && (yearless == null || !yearlessEnded && !yearlessReported)) {
            // "The mine delivered a record 303,475 oz. gold ..., compared with 294,117 oz. ... in 2003", in a text of no date that
            // names no year of its own: a story of the year after the one its figures are compared with ("In the fourth quarter
            // also" its quarter)
            return ReportingPeriod.fullYear(yearCompared + 1);
        }
        if (yearFirst != null && yearFirst.equals(yearOfFigures) && ownNamed.isEmpty() && compared.isEmpty() && toDate == null
                && (yearless == null || dateline == null && (yearless == 4 || !yearlessEnded && !yearlessReported))
                && (dateline == null || yearFirst <= dateline.getYear())) {
            // "Cambior produced 694,100 oz. gold in 2004" opening the text, "in the fourth quarter, produced 93,300 oz." after
            // it: a story of the year, whose quarters are named in passing without their year (each figure still takes the quarter
            // its words name); not when it names a quarter or half with its year ("Fourth Quarter and Full Year 2009") or the year
            // is after its date (a headline's "production drop in 2019")
            return ReportingPeriod.fullYear(yearFirst);
        }
        ReportingPeriod own = latestEnded(ownNamed, headDate);
        if (offCalendar) {
            yearless = null; // "9,385 ounces produced in Q1" of a first quarter ended August 31: a fiscal quarter, no calendar one
        }
        // (a span named without its end beside a quarter named without its year is that quarter's story's: "durante el tercer
        // trimestre del año ... acumulando entre enero y setiembre")
        if (yearlessToDate != null && dateline != null && own == null && !yearlessEnded && !yearlessReported && toDate == null
                && !(toDateWithoutEnd && (yearless != null || fiscalYear || offCalendarYear))) {
            // "produced 59,689 oz. gold in the six months ended June 30" in a story of August 9, 2004: the first half of 2004, the
            // span's last before the date ("depressing recoveries in the second quarter of the year" names a quarter within it)
            ReportingPeriod span = ReportingPeriod.yearToDate(dateline.getYear(), yearlessToDate);
            return span.endDate().isBefore(dateline) ? span : ReportingPeriod.yearToDate(dateline.getYear() - 1, yearlessToDate);
        }
        if (yearless != null && dateline != null) {
            ReportingPeriod quarter = ReportingPeriod.quarter(dateline.getYear(), yearless);
            if (own != null && own.number() == yearless && quarter.year() - own.year() > 1) {
                // "the fourth quarter" beside "fourth quarter and year-end 2014" under a date of 2024: a page's date, not the release's
                return own;
            }
            // (a quarter that ends on the date is that quarter, "fourth quarter ... results for the period ending December 31, 2012",
            // unless the text names its own quarter: "reports fourth quarter 2019 results" dated March 31, 2020, beside "unaffected in
            // the first quarter", is of 2019's fourth, not of a quarter ended the day it was written)
            boolean endedByDate = own == null ? !quarter.endDate().isAfter(dateline) : quarter.endDate().isBefore(dateline);
            ReportingPeriod calendar = endedByDate ? quarter : ReportingPeriod.quarter(dateline.getYear() - 1, yearless);
            if (own == null && fiscalYear && calendar.endDate().plusDays(STALE_DAYS).isBefore(dateline)) {
                // "the third quarter" of "this financial year" in a release of 15 April 2010: not the calendar's third quarter,
                // half a year old by then, but the fiscal one just ended, the calendar quarter before the dateline
                return latestQuarterBefore(dateline);
            }
            // the dateline's quarter is never earlier than the release's own: a later one named without its year wins
            return later(own, calendar);
        }
        if (own != null && yearless != null && yearlessReported && dateline == null && own.number() == 4 && yearless == 1) {
            // "Magna Gold's first-quarter operational results ... over the 7,485 gold oz. produced in the last quarter of 2020": a
            // first quarter named without its year as the one reported, beside the fourth of a year in a text of no date, is the
            // quarter after it ("its best since the first quarter shutdown" reports no quarter)
            return own.nextQuarter();
        }
        if (own != null) {
            // "the three months to September" in an undated text that names "Q2 2014" only in passing: the quarter it reports on
            // is the one it ran to, in the year of the quarter named, when that quarter came before it
            return yearlessEnded && yearless != null && dateline == null && yearless > own.number() ? ReportingPeriod.quarter(own.year(), yearless) : own;
        }
        if (yearless != null) {
            ReportingPeriod inferred = null;
            for (ReportingPeriod c : compared) {
                if (c.number() == yearless) {
                    inferred = later(inferred, ReportingPeriod.quarter(c.year() + 1, yearless));
                } else if (c.nextQuarter().number() == yearless) {
                    inferred = later(inferred, c.nextQuarter());
                }
            }
            if (inferred != null) {
                return inferred;
            }
        }
        if (yearless != null && sameOf != null && dateline == null) {
            // "no primeiro trimestre do ano ... na comparação com as 9.020 onças produzidas no mesmo período de 2020": the year after
            // (before the spans compared with: "In the corresponding quarter of 1997, the company lost $620,000" beside "In the first
            // nine months of 1997, the company lost $2.8 million" is a story of 1998's third quarter, not 1997's)
            return ReportingPeriod.quarter(sameOf + 1, yearless);
        }
        if (!compared.isEmpty() && sameQuarterLastYear && dateline == null && compared.stream().map(ReportingPeriod::year).distinct().count() == 1) {
            // "In the first quarter of 2004, production was more than twice as high" beside "last year, during the same quarter":
            // the quarter compared with is the one a year before the quarter reported
            return compared.stream().max(ReportingPeriod::compareTo).map(c -> ReportingPeriod.quarter(c.year() + 1, c.number())).orElseThrow();
        }
        if (!compared.isEmpty() && dateline != null && month == null && toDate == null) {
            // "Quarterly gold production of 12,644oz ... compared to the March quarter" under a dateline of July 30, 2010: the quarter
            // after the latest one compared with, when it had ended by the date and not long before it (a year's comparison, "the
            // June quarter of 2009", leaves a quarter after it that is stale by the date, and places nothing)
            ReportingPeriod after = compared.stream().max(ReportingPeriod::compareTo).orElseThrow().nextQuarter();
            if (endedShortlyBefore(after, dateline)) {
                return after;
            }
        }
        if (!compared.isEmpty()) {
            return null; // only comparisons' periods: the release's own is not named
        }
        if (yearless != null && toDate != null && dateline == null && toDate.kind() == PeriodKind.YEAR_TO_DATE
                && (toDate.number() / 3 == yearless || toDate.number() / 3 == yearless - 1)) {
            // "During the third quarter, Campbell cranked out 10,790 oz." beside "For the first nine months of 1997": the quarter
            // that ends the span, of its year (or the one right after it: "11,100 oz. of gold during the quarter, better than the
            // 15,200 oz. produced during the first half of 2002" in a story of the third quarter)
            return ReportingPeriod.quarter(toDate.year(), yearless);
        }
        if (yearless != null && latestYear != null && dateline == null && toDate == null && (latestPlanYear == null || latestPlanYear <= latestYear + PLANS_AHEAD_YEARS)) {
            // "el segundo trimestre del año" in a text of no dateline whose latest year is 2024: that quarter of it (not when its
            // plans run years past it: "a contamination scare in April 2007" in a story of plans for 2010 and 2011 dates an event;
            // nor beside the half year it reports: "power outages ... in the first quarter of the year" of a half year's results)
            return ReportingPeriod.quarter(latestYear, yearless);
        }
        if (yearless != null && yearOnTrack != null && latestYear == null && dateline == null && toDate == null) {
            // "says it's on track to meet the upper end of its guidance for 2020" beside "produced 33,557 oz. gold in the third
            // quarter", in a text of no date: a year still running is the one the quarter is of
            return ReportingPeriod.quarter(yearOnTrack, yearless);
        }
        if (yearless != null && latestYear == null && dateline == null && toDate == null && earliestPlanQuarter != null && earliestPlanQuarter.number() > yearless) {
            // "produced 60,707 ounces of gold in the first quarter of this year" beside "is looking to increase gold production in
            // the fourth quarter of 2012", in a text of no date and no other year: the plan is for later in the year reported
            return ReportingPeriod.quarter(earliestPlanQuarter.year(), yearless);
        }
        if (month == null && toDate == null && yearOfFigures != null) {
            // "churned out 220,194 oz. of gold ... in 2020": a release of a year, which names no quarter at all
            return ReportingPeriod.fullYear(yearOfFigures);
        }
        return month != null ? month : toDate;
    }

    /**
     * A release's title that is a month's update, the month without its year, nothing after it and before it at most the
     * issuer's name: "AUSTAR GOLD JANUARY OPERATIONAL UPDATE", "March production report" (not "Timing of March production
     * report", "JUNE PRODUCTION REPORT DUE 16 JULY" nor "January production results webcast": notices of another month's).
     */
    private static final Pattern MONTH_UPDATE_TITLE = Pattern.compile("(?i)^\\W*(?:(.+?)\\s+)?" + PeriodLabels.MONTH
            + "\\s+(?:operational|operations|operating|production|monthly)\\s+(?:update|report|results|summary)\\W*$");
    private static final Pattern QUARTER_OR_QUARTERLY = Pattern.compile("(?i)\\bquarter(?:ly)?\\b");
    /** A year's plan still being met: "on track to meet the upper end of its guidance for 2020", "2020 guidance ... remains on track". */
    private static final Pattern ON_TRACK_FOR_YEAR = Pattern.compile("(?i)\\bon\\s+(?:track|target|schedule)\\s+to\\s+(?:meet|achieve|deliver|reach|exceed)\\b[^.;]{0,60}?"
            + "\\b(?:guidance|target|forecast|outlook)\\s+(?:for\\s+)?(?:of\\s+)?((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})\\s+(?:production\\s+)?guidance\\b[^.;]{0,40}?\\bon\\s+track\\b"
            // "reiterating 2024 operational guidance": a year's guidance kept, in the year it is of
            + "|\\b(?:reiterat|reaffirm|maintain)\\w*\\s+(?:its\\s+)?((?:19|20)\\d{2})\\s+(?:(?:production|operational|operating)\\s+)?guidance\\b"
            // "the company withdrew its 2020 guidance ... on April 2": a year's guidance withdrawn while the year runs
            + "|\\bwithdr(?:ew|awn|awing|aws)\\s+(?:its\\s+)?((?:19|20)\\d{2})\\s+(?:(?:production|operational|operating)\\s+)?guidance\\b");
    /** How long after its month a month's update may be dated and still be of that month, not of the same month a year on. */
    private static final int MONTH_UPDATE_DAYS = 62;

    /**
     * The month a release titled as a month's update reports, placed by its date: the last such month ended before it, when it
     * ended at most two months before (a page's stale stamp, months or years off, places nothing). Not in a text whose opening
     * headings speak of a quarter ("QUARTERLY ACTIVITIES REPORT" over "September production summary").
     */
    private static Optional<ReportingPeriod> monthUpdated(List<Row> rows, LocalDate published, Optional<ReleaseIssuer> issuer) {
        List<Row> opening = rows.subList(0, Math.min(rows.size(), OPENING_ROWS));
        if (opening.stream().anyMatch(row -> !row.prose() && QUARTER_OR_QUARTERLY.matcher(row.text()).find())) {
            return Optional.empty();
        }
        String issuerName = issuer.map(i -> i.name().toLowerCase(Locale.ROOT)).orElse("");
        for (Row row : opening) {
            Matcher m = MONTH_UPDATE_TITLE.matcher(row.text().strip());
            if (row.prose() || !m.matches() || m.group(1) != null && (issuerName.isEmpty() || !issuerName.startsWith(m.group(1).toLowerCase(Locale.ROOT) + " "))) {
                continue;
            }
            int number = PeriodLabels.monthNumber(m.group(2));
            ReportingPeriod month = ReportingPeriod.month(published.getYear(), number);
            if (!month.endDate().isBefore(published)) {
                month = ReportingPeriod.month(published.getYear() - 1, number);
            }
            return month.endDate().plusDays(MONTH_UPDATE_DAYS).isBefore(published) ? Optional.empty() : Optional.of(month);
        }
        return Optional.empty();
    }

    private static final Pattern POINT_THOUSANDS_RANGE = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?:\\s*(?:[-\u2013]|a|e|y|to|and)\\s*\\d{1,3}(?:\\.\\d{3})+)?(?=\\s*(?:onzas|on\u00e7as|toneladas|libras)\\b)");
    private static final Pattern PROSE_LINE = Pattern.compile("(?m)^[^|\t\n]+$");
    private static final Pattern LONE_DECIMAL_COMMA = Pattern.compile("(?<![\\d.,\\p{L}])(\\d+),(\\d{1,2})(?![\\d,.])(?=\\s*(?:%|g/t|gpt|oz\\b|onzas|kg\\b|tms\\b|tmh\\b|tmf\\b|toneladas|tonnes|t\\b|lbs?\\b|libras|koz\\b))",
            Pattern.CASE_INSENSITIVE);
    /** A day's number right before a month, or right after it: "27 Mar 2008", "March 27, 2008". */
    private static final Pattern DAY_BEFORE = Pattern.compile("(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+$");
    private static final Pattern DAY_AFTER = Pattern.compile("^\\s*\\d{1,2}(?:st|nd|rd|th)?,");
    /** "Monthly report", "month of August", "Informe mensual", "el mes de agosto": a release of a month. */
    private static final Pattern MONTHLY = Pattern.compile("(?i)month|\\bmes\\b|mensual");
    /** "the same period of 2020" (or "in 2020"), "el mismo periodo del 2020", "o mesmo período de 2020": a comparison with that year's same months. */
    // ("During the comparable period of 1998, the company earned ..."; not "the best since the corresponding quarter of 1997", a
    // quarter some years before)
    private static final Pattern SAME_PERIOD_OF = Pattern.compile("(?i)(?<!\\bsince\\s(?:the\\s)?)\\b(?:(?:same|comparable|corresponding|equivalent)\\s+(?:period|quarter)|mismo\\s+(?:periodo|per\u00edodo|trimestre)|mesmo\\s+(?:periodo|per\u00edodo|trimestre))"
            + "\\s+(?:of|in|del?|do|em|en)\\s+(?:(?:a\u00f1o|ano|year)\\s+)?((?:19|20)\\d{2})\\b");
    /** "this financial year": a text whose quarters are numbered in a fiscal year. */
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?i)\\bfinancial\\s+year\\b");
    /** A year said to end in another month than December: "the year ended 30 June 2013", "whose year ends 30 June". */
    private static final Pattern YEAR_ENDED_OFF_CALENDAR = Pattern.compile("(?i)\\byear\\s+end(?:ed|ing|s)\\s+(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
            + "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?)\\b");
    /** A statement of results for a year: "final results for the year ended", "report for the year ending". */
    // ("the audited consolidated annual results of the Company and its subsidiaries for the year ended 31 December, 2018")
    private static final Pattern RESULTS_FOR = Pattern.compile("(?i)\\b(?:results|report|statements|highlights)\\s+(?:of\\s+(?:[\\p{L}'\u2019]+\\s+){1,6})?for\\s+the\\s+(?:financial\\s+|fiscal\\s+)?year\\b");
    /** How long after its quarter's end a quarterly release comes out at the latest: a quarter older than that is not the one it reports. */
    private static final int STALE_DAYS = 120;

    /** Whether a period had ended by a date, and not so long before it that no release of that date would report it. */
    private static boolean endedShortlyBefore(ReportingPeriod period, LocalDate date) {
        return period.endDate().isBefore(date) && !period.endDate().plusDays(STALE_DAYS).isBefore(date);
    }

    private static ReportingPeriod latestQuarterBefore(LocalDate date) {
        ReportingPeriod q = ReportingPeriod.quarterOf(date);
        while (!q.endDate().isBefore(date)) {
            q = q.previousQuarter();
        }
        return q;
    }

    /** Whether a sentence speaks of what is to come: a plan, an expectation; "production exceeded expectations" is past. */
    private static boolean isFuture(String sentence) {
        return FUTURE.matcher(GuidanceReader.withoutPlansMet(sentence)).find();
    }

    /** "produced 220,194 oz. of gold in 2020", "oz gold in 2020": a year the figures of the sentence are of. */
    /** A sentence about money owed or paid: a quarter it names dates a payment, not what the text reports. */
    private static final Pattern FINANCE_BEFORE = Pattern.compile("(?i)\\b(?:debt|loan|repayments?|dividends?|interest\\s+payments?|credit\\s+facility|notes\\s+due|refinanc\\p{L}*)\\b"
            + "[^,;:.]{0,60}\\b(?:in|during|for|by)\\s+(?:the\\s+)?$");
    /** Words of a mine's work or its results: a sentence with them speaks of what was produced. */
    private static final Pattern OPERATIONS = Pattern.compile("(?i)\\b(?:produc\\p{L}*|output|mill(?:ed|ing|s)?|process\\p{L}*|grade|recover\\p{L}*|ounces|oz|tonnes|results|operat\\p{L}*|quarterly\\s+report)\\b");

    private static final Pattern THREE_AND_MONTHS_ENDED = Pattern.compile("(?i)\\b(?:three|3)\\s+and\\s+(?:six|nine|twelve|6|9|12)[- ]months?\\s+(?:period\\s+)?end(?:ed|ing)\\s+"
            + "((?:\\d{1,2}\\s+)?\\p{L}+\\.?\\s*\\d{0,2},?\\s+(?:19|20)\\d{2})\\b");
    /** The Spanish of a year's span to date named without its year: "al cierre de junio", "entre enero y septiembre", "de enero a junio". */
    private static final Pattern YEARLESS_SPANISH_TO_DATE = Pattern.compile("(?i)\\b(?:al\\s+cierre\\s+de|entre\\s+enero\\s+y|de\\s+enero\\s+a)\\s+(junio|septiembre|setiembre)\\b"
            + "(?!\\s*(?:de(?:l)?\\s+)?(?:19|20)\\d{2})(?!\\s+(?:del?\\s+)?(?:este|pr\u00f3ximo|pasado)\\s+a\u00f1o)(?!\\s+del\\s+a\u00f1o\\s+(?:pasado|anterior))");
    /** "in the first half of the year", "in H1", "the first half": the year's first half named without its year. */
    private static final Pattern YEARLESS_FIRST_HALF = Pattern.compile("(?i)\\b(?:(?:in|during|for|over)\\s+(?:the\\s+)?(?:first\\s+half|first\\s+six\\s+months|H1|1H)(?:\\s+of\\s+the\\s+year)?)\\b"
            // (not "in the first half of March": a month's half)
            + "(?!\\s*(?:of\\s+|[-/]\\s*)?'?(?:19|20)?\\d{2}\\b)(?!\\s+of\\b)(?!\\s+(?:fiscal|FY|F\\d))");
    /** "the six months ended June 30", "nine months ending 30 September": a year's span to date named without its year. */
    // (and the British "the six months to June 30")
    private static final Pattern YEARLESS_TO_DATE_ENDED = Pattern.compile("(?i)\\b(six|nine|6|9)[- ]months?\\s+(?:period\\s+)?(?:end(?:ed|ing)|to|through)\\s+(?:on\\s+)?(?:\\d{1,2}\\s+)?"
            + "(june?|sep(?:t(?:ember)?)?)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\b(?!,?\\s+'?(?:19|20)?\\d{2}\\b)");

    /** A quarterly report's title words: "Quarterly Report", "Quarterly Activity Report", "Quarterly Activities Report". */
    private static final String QUARTERLY_REPORT = "quarterly\\s+(?:activit(?:y|ies)\\s+|production\\s+)?report";
    /** "Quarterly Report for March 2015": a report of the quarter that ends in the month named. */
    private static final Pattern QUARTERLY_REPORT_FOR = Pattern.compile("(?i)\\b(" + QUARTERLY_REPORT + "\\s+(?:for|to)\\s+)(?:the\\s+)?"
            + "((?:march|june|september|december)\\s+(?:19|20)\\d{2})\\b(?!\\s+quarter)");

    /** "Quarterly Activities Report" over "for the period ended 30 September 2021": a quarterly report's span, on the line below its title. */
    // ("Allied Gold Limited: Quarterly Report for Period Ended 30 June 2010": on the title's own line too)
    private static final Pattern QUARTERLY_REPORT_PERIOD_BELOW = Pattern.compile("(?i)(\\b" + QUARTERLY_REPORT + "[ \\t]*(?:\\R[ \\t]*)?for\\s+(?:the\\s+)?)period(\\s+end(?:ed|ing)\\b)");

    /** A footnote's mark, a figure alone after a heading's words: "2020 HIGHLIGHTS 2". */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("[1-9]");

    /** A line that leads bullets by the span they are of: "During the nine-month period ended 30 September 2020 the Group production statistics included:". */
    private static final Pattern SPAN_LEAD = Pattern.compile("(?i)(?:during|for|in|over)\\s+the\\s+[^:;]{0,80}?\\b(?:period|months|quarter|year|half)\\b[^:;]{0,80}?"
            + "\\b(?:production|operating|operational|operations)\\b[^:;]{0,40}:$"
            // "2023 annual metals production included:": a year's list, its year before it
            + "|(?:19|20)\\d{2}\\s+(?:annual|full[- ]year)\\s+(?:\\p{L}+\\s+){0,2}production\\s+(?:included|includes|consisted\\s+of|comprised)\\s*:$");

    private static final Pattern QUARTER_WORD = Pattern.compile("(?i)\\bquarter\\b");

    /** A line of a postal address: a suite, a street, a post-office box, a Canadian or US postal code. */
    // ("the 640 level floor pillar" is a mine's)
    private static final Pattern ADDRESS_LINE = Pattern.compile("(?i)\\b(?:suite|street|avenue|boulevard|blvd|p\\.?\\s?o\\.?\\s+box)\\b"
            + "|(?-i:\\b[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\b)|(?-i:\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\s*$)");

    /** Whether a line stands in a postal address: a line of one right before or after it. */
    private static boolean inAddress(String[] lines, int line) {
        for (int l = Math.max(1, line - 1); l <= Math.min(lines.length, line + 1); l++) {
            if (l != line && ADDRESS_LINE.matcher(lines[l - 1]).find()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's opening year: "In 2005 Amantaytau mined", "During 2019, the mill processed" (not "In 2005-06", "In 2004 and 2005"). */
    // ("In FY 2020, volumes of ore processed at the Kuranakh Mill rose 6% to 6.0 million tonnes", "In full year 2020": the year by
    // other words)
    private static final Pattern SENTENCE_YEAR_LEAD = Pattern.compile("(?i)^\\s*(?:(?:in|during|for)\\s+(?:the\\s+(?:full\\s+|calendar\\s+)?year\\s+(?:of\\s+)?|FY\\s?|full[- ]year\\s+)?"
            + "((?:19|20)\\d{2})\\b(?![-/\\u2013]\\d|\\s*(?:and|to|through|or|&)\\s+\\d),?\\s+"
            // "2016 production: 4.1 million ounces of silver": a year heading its production, no date's year ("2016 Q4 production")
            + "|((?:19|20)\\d{2})\\s+(?:(?:silver|gold|copper|zinc|lead|metal|total|annual)\\s+){0,2}(?:production|output)\\s*(?::|was|were|of|totall?ed)\\s*)");
    /** A paragraph's opening span: "For the year 2021,", "During the first half of 2020,". */
    // ("In 2017, Kestrel acquired the Osprey mine." opens a history, whose year is no later sentence's)
    private static final Pattern PARAGRAPH_LEAD = Pattern.compile("(?i)^\\s*(?:for|during|over|throughout)\\s+(?:the\\s+)?([^,;:.()]{4,45}),");
    private static final Pattern LEAD_YEAR = Pattern.compile("(?i)^(?:(?:full|calendar)\\s+)?(?:year\\s+(?:of\\s+)?)?((?:19|20)\\d{2})$");
    /** Words of a span a sentence may name without its year ("in the quarter", "the first half"): then it is not the paragraph's. */
    private static final Pattern SPAN_NAMED = Pattern.compile("(?i)\\b(?:quarter|half|months?|year|annual|semester|trimestre|semestre|a\u00f1o|ano|mes)\\b|\\bQ[1-4]\\b|\\bH[12]\\b"
            // ("In December, the mill processed a record 71,300 tonnes": a month of the year the paragraph spoke of)
            + "|(?-i:\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
            + "septiembre|setiembre|octubre|noviembre|diciembre)\\b)");

    /** The period a paragraph's first words name as its span, if they name one and only one. */
    private static Optional<ReportingPeriod> paragraphLead(String paragraph) {
        Matcher lead = PARAGRAPH_LEAD.matcher(paragraph);
        if (!lead.lookingAt()) {
            return Optional.empty();
        }
        Matcher year = LEAD_YEAR.matcher(lead.group(1).strip());
        return year.matches() ? Optional.of(ReportingPeriod.fullYear(Integer.parseInt(year.group(1)))) : headingPeriod(lead.group(1));
    }

    /** Whether a sentence names a period of its own, with its year or without. */
    private static boolean namesAPeriod(String sentence) {
        return SPAN_NAMED.matcher(sentence).find() || PeriodLabels.mentions(sentence).stream().anyMatch(m -> m.period() != null)
                || YEAR_NAMED.matcher(sentence).results().anyMatch(y -> !comparedBefore(sentence, y.start()));
    }

    /** A year a sentence names; "an increase of 97% over 2020" names only the year compared with. */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?<![\\d.,$])(?:19|20)\\d{2}(?![\\d.,]\\d)");

    /** Whether a line of the text is a bullet's: "- Mined a total of ...", "• Gold production of ...", "o 477kt milled". */
    private static boolean isBullet(String[] lines, int line) {
        return line >= 1 && line <= lines.length && ReleaseText.BULLET.matcher(lines[line - 1].strip()).find();
    }

    /** An item of a year-by-year list: "- 2014: 847.", "2015: 906", "• 2016 – 1,054". */
    private static final Pattern YEAR_SERIES_ITEM = Pattern.compile("(?:[-\u2022\u00b7*]\\s*)?((?:19|20)\\d{2})\\s*[:\u2013-]\\s*(\\d(?:[\\d,.]*\\d)?)\\.?");
    /** A plan's words in a list's lead: its years are a plan's, no production. */
    private static final Pattern SERIES_PLAN = Pattern.compile("(?i)\\b(?:guidance|forecast|outlook|target|budget|expect\\p{L}*|plan\\p{L}*|metas?|proyecci\\p{L}*|estimad\\p{L}*|previs\\p{L}*|projected)\\b");
    /** The lead of such a list: what was produced, its metal, its unit and multiplier ("la tendencia de la producción de cobre ..., en miles de toneladas:"). */
    private static final Pattern SERIES_LEAD = Pattern.compile("(?i)\\b(?:production|producci[o\u00f3]n|produ[c\u00e7][a\u00e3]o|output)\\b");
    private static final Pattern SERIES_UNIT = Pattern.compile("(?i)\\b(?:(?:in|en|em)\\s+)?(?:(thousands?|miles|mil|millions?|millones|milh[o\u00f5]es)\\s+(?:of|de)?\\s*)?"
            + "(tonnes|tons|toneladas|ounces|onzas|on\u00e7as|pounds|libras)\\b");

    /**
     * The sentence each item of a year-by-year list says, from its lead ("Esta es la tendencia de la producción de cobre de
     * Grupo México, en miles de toneladas:" over "- 2014: 847."): "The company produced 847 thousand tonnes of copper in 2014."; null
     * when the lead is no such list's (no production, no one metal, no unit, a plan's words, or no item of a year right under it).
     */
    private static String yearSeriesOf(String lead, Row next) { // (the sentence's owner is the company's words: the lead names whose)
        if (next == null || !YEAR_SERIES_ITEM.matcher(String.join(" ", next.all()).strip()).matches() || !SERIES_LEAD.matcher(lead).find()
                || SERIES_PLAN.matcher(lead).find()) {
            return null;
        }
        java.util.Set<Metal> metals = Quantities.metalsNamed(lead);
        Matcher unit = SERIES_UNIT.matcher(lead);
        if (metals.size() != 1 || !unit.find()) {
            return null;
        }
        String multiplier = unit.group(1) == null ? "" : unit.group(1).matches("(?i)thousands?|miles|mil") ? " thousand" : " million";
        String u = unit.group(2).toLowerCase(Locale.ROOT);
        String english = u.startsWith("ton") ? "tonnes" : u.startsWith("ou") || u.startsWith("on") ? "ounces" : "pounds";
        return "The company produced %2$s" + multiplier + " " + english + " of " + metals.iterator().next().englishName().toLowerCase(Locale.ROOT) + " in %1$s.";
    }

    /** A line that opens a list of what was produced: "Gold equivalent production of 16,377 oz ... consisting of:". */
    private static final Pattern LIST_LEAD = Pattern.compile("(?i)\\b(?:production|produced|output)\\b[^:]{0,240}\\b(?:consisting\\s+of|comprising|comprised\\s+of|made\\s+up\\s+of|included|includes)\\s*:\\s*$");
    /** A list of a plan's, a year to date's or a year's production, not the quarter's: "2020 production guidance ... consisting of:". */
    private static final Pattern NOT_THE_QUARTERS_LIST = Pattern.compile("(?i)\\b(?:guidance|forecast|outlook|target|budget|expect\\p{L}*|plan\\p{L}*|year[- ]to[- ]date|ytd|nine[- ]months?|six[- ]months?|half|annual|full[- ]year)\\b|(?<![\\d.,$])(?:19|20)\\d{2}(?![\\d.,])\\s+(?:production|guidance)");
    /** An item of such a list: a quantity of a metal, and nothing said of it ("8,849 ounces of gold;", "468 tonnes of copper; and"). */
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)\\d[\\d,.]*\\s*(?:k?oz|ounces|tonnes|t|lbs|pounds|million\\s+(?:ounces|pounds))\\s+(?:of\\s+)?"
            + "(?:gold|silver|copper|zinc|lead)\\s*(?:[;,.]\\s*(?:and)?\\s*)?$");

    /** Whether the words name a quarter, with its year or without. */
    private static boolean namesQuarter(String words) {
        return YEARLESS_QUARTER.matcher(words).find() || PeriodLabels.mentions(words).stream().anyMatch(m -> m.period() != null && m.period().kind() == PeriodKind.QUARTER);
    }

    private static final Pattern RUNNING_YEAR_BEFORE = Pattern.compile("(?i)\\b(?:to\\s+date|so\\s+far)\\b");
    // (not a cost's unit, "R450,152/kg (US$954/oz) in 2016": a price per ounce dates no figure produced)
    private static final Pattern BARE_YEAR_OF_FIGURES = Pattern.compile("(?i)(?<!/)\\b(?:oz|ounces|tonnes|pounds|lbs|gold|silver|copper|production|produced)\\b\\.?[^.;]{0,40}?\\b(?:in|during)\\s+((?:19|20)\\d{2})\\b(?!\\s*(?:-|to)\\s*\\d)"
            // "2007 gold production of 236,142 ounces": the year before what was produced, and its figure after
            + "|(?<![\\d/.-])((?:19|20)\\d{2})\\s+(?:(?:gold|silver|copper|zinc|lead|metal)\\s+)?(?:production|output)\\s+(?:of|was|totall?ed|reached)\\s+[\\d.,]+\\s*(?:k?oz|ounces|tonnes|t\\b|kg\\b|pounds|lbs?)"
            // "Production for 2000 totalled 121,734 oz. gold": the year after what was produced, its figure after it
            + "|\\b(?:production|output)\\s+(?:for|in)\\s+((?:19|20)\\d{2})\\s+(?:was|totall?ed|reached|amounted\\s+to)\\s+[\\d][\\d.,]*\\s*(?:k?oz|ounces|tonnes|t\\b|pounds|lbs?)"
            // "In 2017, gold production increased to 10,923 ounces": the year a sentence of production opens with
            // ("in accordance with the statistics ..., in 2020, the national mine-produced zinc production volume was": a clause's too)
            + "|(?:^|[,;])\\s*[Ii]n\\s+((?:19|20)\\d{2}),\\s+(?:the\\s+)?(?:[^\\s,.;]+\\s+){0,4}?(?:production|output)(?:\\s+[^\\s,.;]+){0,5}?\\s+(?:increased|decreased|rose|fell|was|totall?ed|reached|grew|declined)"
            // (a figure of it right after: "In 2020, production was reduced by a six-week shutdown" dates no figure)
            + "(?:\\s+by\\s+[\\d.,]+\\s*%)?\\s+(?:to\\s+|at\\s+|of\\s+)?[\\d][\\d,.]*\\s*(?:thousand\\s+|million\\s+)?(?:k?oz|ounces|tonnes|t\\b|pounds|lbs?)");

    /** A figure compared with and its year: "versus 9,166 ounces in ", "compared to 45,000 oz in ", "than the 4,921 ounces in ". */
    // (not "than" before a figure nor "from": "more than 45,000 tonnes of copper in 2020" and "152,300 ounces of gold from 3 mines in
    // 2020" are the year's own; "than in 2004" right before the year is the year compared with)
    private static final Pattern FIGURE_COMPARED_WITH = Pattern.compile("(?i)\\b(?:versus|vs\\.?|compared\\s+(?:to|with)|against)\\s+(?:the\\s+)?(?:US)?\\$?[\\d][\\d,.]*"
            + "(?:\\s+(?:million|thousand|mil|millones))?(?:\\s*[\\p{L}]+){0,3}\\s+in\\s+$"
            // "compared with 294,117 oz. and 76.2 million lbs. in 2003": a list's figures compared with, in their year
            + "|\\b(?:versus|vs\\.?|compared\\s+(?:to|with)|against)\\s+(?:the\\s+)?[\\d][\\d,.]*(?:\\s*[\\p{L}]+\\.?|\\s+and\\s+[\\d][\\d,.]*){1,6}\\s+in\\s+$"
            // "Production was higher than in 2004, when ...": the year compared with
            + "|\\bthan\\s+(?:in|during)\\s+$"
            // "compared with 1999 output of 134,995 oz.": the year of the output compared with, right after the words
            + "|\\b(?:versus|vs\\.?|compared\\s+(?:to|with)|against)\\s+(?:the\\s+)?$");

    /**
     * Whether a text in Spanish or Portuguese writes every figure with a point as thousands: two or more such figures, each
     * with three digits after its one point and no zero before it ("120.400", "3.201"), none with other decimals, no
     * thousands comma. ("Producción de cobre por división, en toneladas:" over "| Osprey | 120.400 | 118.100 |".)
     */
    private static boolean pointsPartThousands(String text) {
        Matcher words = IBERIAN_WORD.matcher(text);
        int iberian = 0;
        while (iberian < 5 && words.find()) {
            iberian++;
        }
        if (iberian < 5 || THOUSANDS_COMMA.matcher(text).find()) {
            return false;
        }
        Matcher point = POINT_NUMBER.matcher(text);
        int thousands = 0;
        while (point.find()) {
            if (!point.group().matches("[1-9]\\d{0,2}\\.\\d{3}")) {
                return false;
            }
            thousands++;
        }
        return thousands >= 2;
    }

    private static final Pattern IBERIAN_WORD = Pattern.compile("(?i)\\b(?:de|del|los|las|por|producci\u00f3n|produ\u00e7\u00e3o|toneladas|onzas|on\u00e7as|trimestre|mineral|cobre|oro|plata|ouro)\\b");
    private static final Pattern POINT_NUMBER = Pattern.compile("(?<![\\d.,])\\d+\\.\\d+(?![\\d.,])");

    /** A figure with a decimal comma: "5,25Mlb", "3,0 millones" (one or two decimals, never three: "5,250" is five thousand). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])\\d{1,3},\\d{1,2}(?![\\d,.])");
    /** "2,065 onzas", "4,201 toneladas": a comma before three digits and a mass, no multiplier between. */
    private static final Pattern COMMA_THOUSANDS_MASS = Pattern.compile("(?<![\\d.,])(\\d{1,3}),(\\d{3})(?![\\d.,])(?=\\s*(?:onzas|on\u00e7as|oz|ounces|toneladas|tonnes|libras|lbs?|pounds|TMS|TMF|TMH)\\b)");
    /** A figure with a decimal point: "2.6 %", "14.7 g/t" (one or two decimals). */
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.,])\\d+\\.\\d{1,2}(?![\\d,.])");
    /** A figure with a comma between its thousands: "1,312,572", "12,664". */
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d])");
    // in a text that writes the Spanish way every comma is a decimal one: "0,785 g/t", "1,125 millones de onzas"
    private static final Pattern SPANISH_NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d.,])|(?<![\\d.,])\\d+,\\d+(?![\\d,.])");

    /** Thousands points in twos ("1.250.400"), which no text writing the English way prints. */
    private static final Pattern THOUSANDS_POINTS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d])|(?<![\\d.,])\\d{1,3}\\.\\d{3}\\s*(?:onzas|toneladas|libras|TMF|TMS)\\b");
    /** "0,785": a comma after a lone zero is a decimal comma, "0.785" a decimal point; neither is a thousands separator. */
    // (not a page's share-price widget, "0,165 Euro" and "-0,003" beside an English release: a price, no figure of the text)
    private static final Pattern ZERO_COMMA = Pattern.compile("(?<![\\d.,\\-\u2212])0,\\d+(?![\\d.,])(?!\\s*(?:Euro|EUR|\u20ac|USD|US\\$|CAD|AUD|GBP|CHF|Uhr)\\b)");
    private static final Pattern ZERO_POINT = Pattern.compile("(?<![\\d.,])0\\.\\d+(?![\\d.,])");
    /** Thousands commas in twos ("1,250,400"), which no text writing the Spanish way prints. */
    private static final Pattern COMMA_GROUPS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3}){2,}(?![\\d])");
    /** "53.463 onzas": a count of ounces, tonnes or pounds with a point before three digits, which no mass of metal is written with as decimals. */
    private static final Pattern POINT_THOUSANDS_MASS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+\\s*(?:onzas|on\u00e7as|toneladas|libras|oz|ounces|tonnes|lbs?|pounds|TMF|TMS)\\b");
    private static final Pattern MILLIONS_THEN_THOUSANDS = Pattern.compile("(?<![\\d.,])(\\d{1,3})[ \\t]+million[ \\t]+(\\d{3}),(\\d{3})(?![\\d,.])");
    private static final Pattern MIXED_THOUSANDS = Pattern.compile("(?<![\\d.,])(\\d{1,3}),(\\d{3})\\.(\\d{3})(?=\\s*onzas\\b)");

    /** "FY 2020", "FY2020": a full year of four digits, the calendar's when the text speaks of no fiscal year. */
    private static final Pattern CALENDAR_FY = Pattern.compile("\\bFY\\s?((?:19|20)\\d{2})\\b");
    /** What says a text's years are fiscal ones: the word, a fiscal quarter's label, a quarter named by its month, a two-digit FY. */
    private static final Pattern FISCAL_WORDS = Pattern.compile("(?i)\\bfiscal\\b|\\bQ[1-4]\\s*FY|\\bFY\\s?'?\\d{2}\\b(?!\\d)|\\b(?:march|june|september|december|mar|jun|sep|sept|dec)\\.?\\s+(?:quarter|qtr)\\b"
            + "|\\b(?:march|june|september|december)\\s+(?:19|20)\\d{2}\\s+(?:quarter|qtr)\\b");

    private static final Pattern HEADING_COMPARISON = Pattern.compile("(?i)\\b(?:vs\\.?|versus|compared\\s+(?:with|to)|against|over)\\s");
    private static final Pattern YEAR_HEADING = Pattern.compile("(?i)^((?:19|20)\\d{2})\\s+(?:(?:annual|full[- ]year|operating|operational|production)\\s+)*"
            + "(?:highlights|results|summary|review|production)\\b.*|^(?:full[- ]year|annual)\\s+((?:19|20)\\d{2})\\b.*");

    /** A heading of the half year that names no year: "HIGHLIGHTS OF THE HALF YEAR", "First half highlights". */
    private static final Pattern HALF_YEAR_HEADING = Pattern.compile("(?i)^(?:[\\p{L}\\s]*\\s)?(?:the\\s+)?(?:half[- ]year|first\\s+half(?:\\s+of\\s+the\\s+year)?|H1|six\\s+months)(?:\\s[\\p{L}\\s]*)?:?$");

    /** A heading of the year that names none: "Full Year Highlights:", "Annual highlights". */
    private static final Pattern FULL_YEAR_HEADING = Pattern.compile("(?i)^(?:full[- ]year|annual|year)\\s+(?:highlights|results|summary|review|production)\\s*:?$");

    /**
     * "HIGHLIGHTS OF THE HALF YEAR" in a report of the second quarter: the first half of the quarter's year; "Full Year Highlights:"
     * in a report of the fourth quarter: its year.
     */
    private static Optional<ReportingPeriod> spanOfItsYear(String heading, ReportingPeriod reported) {
        if (reported == null || reported.kind() != PeriodKind.QUARTER || plansHeading(heading.strip())) {
            return Optional.empty();
        }
        if (reported.number() == 2 && HALF_YEAR_HEADING.matcher(heading.strip()).matches()) {
            return Optional.of(ReportingPeriod.yearToDate(reported.year(), 2));
        }
        return reported.number() == 4 && FULL_YEAR_HEADING.matcher(heading.strip()).matches() ? Optional.of(ReportingPeriod.fullYear(reported.year())) : Optional.empty();
    }

    /** A heading of what is planned: "2021 Outlook", "Guidance for the half year". */
    private static boolean plansHeading(String heading) {
        return FUTURE.matcher(heading).find() || heading.matches("(?i).*\\b(guidance|outlook|forecast|plan|budget)\\b.*");
    }

    /**
     * The period a section's heading names, whose sentences' figures are of it when they name none of their own: "Q4 2021
     * Highlights", "2021 HIGHLIGHTS" (the year). Empty for a heading that names none ("Fourth Quarter Highlights", which a
     * fiscal year may number otherwise): its section is the release's own period.
     */
    static Optional<ReportingPeriod> headingPeriod(String heading) {
        String h = heading.strip();
        if (plansHeading(h)) {
            return Optional.empty();
        }
        Matcher year = YEAR_HEADING.matcher(h);
        if (year.matches()) {
            return Optional.of(ReportingPeriod.fullYear(Integer.parseInt(year.group(1) != null ? year.group(1) : year.group(2))));
        }
        List<ReportingPeriod> named = PeriodLabels.mentions(h).stream().map(PeriodLabels.Mention::period).filter(Objects::nonNull).distinct().toList();
        if (named.size() > 1 && HEADING_COMPARISON.matcher(h).find()) {
            return Optional.of(named.get(0)); // "Nine-month highlights (9M 2020 vs 9M 2019):": the section's own, then what it is compared with
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** "the mine produced", "the mine's output": a mine the sentence does not name. */
    private static final Pattern THE_MINE = Pattern.compile("\\b[Tt]he\\s+mine(?:['\u2019]s)?\\s+(?!of\\b|at\\b|in\\b|plan\\b|life\\b)\\p{Ll}");

    /** "it produced" after "the mine produced": the same mine. */
    private static final Pattern IT_PRODUCED = Pattern.compile("\\bit\\s+(?:produced|milled|processed|poured|recovered|treated)\\b");

    /** What a sentence says was also done, after the sentence before: "The mine also produced", "It also milled". */
    private static final Pattern ALSO_DID = Pattern.compile("(?i)\\balso\\s+(?:produced|milled|processed|treated|poured|recovered)\\b");
    /** Where a sentence turns from what was done to what is planned: "... to 153K oz. but says full-year output is trending ...". */
    // (", which puts the operation on pace to hit the upper end of the guidance": a plan's clause after what was produced)
    // (a semicolon needs no place here: ProseReader.sentences already ends a sentence there)
    private static final Pattern TURN_TO_PLAN = Pattern.compile("(?i),?\\s+(?:but|while|and)\\s+(?:(?:the\\s+company|it|management)\\s+)?(?:says|said|expects|added|notes|noted|remains|reiterated|reiterates|reaffirms|reaffirmed|maintains|confirms|confirmed"
            // ("reported steady third-quarter output from its Segilola gold mine ... and kept full-year guidance unchanged")
            + "|kept|keeps)\\b"
            + "|,\\s+(?:which\\s+(?:puts|keeps|leaves|places)|putting|keeping|leaving)\\b"
            // ("Gold production was 87,863 ounces in Q1 2020 which is on track to meet 2020 guidance": the plan's clause, no comma before)
            + "|,?\\s+which\\s+(?:is|was|remains)\\s+on\\s+(?:track|target|schedule|course|pace)\\b"
            // ("Annual production achieved a record of ... 126,043 oz silver, achieving the guidance range of 115,000 to 140,000 oz AuEq")
            + "|,\\s+(?:achieving|meeting|exceeding|beating|surpassing)\\s+(?:the\\s+|its\\s+|our\\s+)?(?:[\\w-]+\\s+){0,3}?(?:guidance|target|forecast)\\b"
            // ("produced 77.6 million lb. of copper last year, compared with guidance of 70 to 75 million lb. copper": the plan it beat)
            + "|,\\s+(?:compared\\s+(?:with|to)|against|versus|vs\\.?)\\s+(?:the\\s+|its\\s+|our\\s+)?(?:[\\w-]+\\s+){0,2}?(?:guidance|target|forecast|budget)\\b"
            // "... remained strong at 13,933 tonnes, and Atalaya is now increasing its production guidance": a plan's clause after
            + "|,\\s+and\\s+(?:the\\s+company|it|management|\\p{Lu}[\\p{L}-]+)\\s+(?:is|has)\\s+(?:now\\s+)?(?:increas|rais|lower|revis|maintain|reaffirm)(?:ing|ed)\\b"
            // "... for the quarter ended September 30, 1998 and is on target to produce more than 91,000 ounces"
            // (", after increasing production in the month of June to budgeted levels, is on course to meet 2015 guidance": a clause between)
            + "|,?\\s+and(?:,\\s+[^,;]{1,80},)?\\s+(?:is|was|remains)\\s+(?:on\\s+(?:target|track|schedule|course)|well\\s+positioned)\\b"
            // "..., representing 52% of annual guidance of 240,000 to 260,000 ounces", "..., cifra que representa el 50% de la meta anual de"
            + "|,\\s+(?:representing|which\\s+represents|or|over|about|cifra\\s+que\\s+representa|lo\\s+que\\s+representa|equivalente\\s+al?)\\s+(?:about\\s+|approximately\\s+|over\\s+|more\\s+than\\s+|m\u00e1s\\s+del?\\s+|el\\s+|un\\s+)?"
            + "(?:\\d+(?:[.,]\\d+)?\\s*%|half)\\s+(?:of|de)\\b");

    /**
     * A line that opens with its date, as a dateline does: "date 2021-10-27 ...", "TORONTO, Jan. 21, 2014 - ...", "Vancouver, BC,
     * Canada – November 9, 2011 –"; never "See news release dated January 18, 2024" (a date the text refers to).
     */
    private static final Pattern HEADING_DATE = Pattern.compile("(?!(?i:.{0,60}\\b(?:dated|released|refer|see)\\b))\\s*(?:(?i:date)\\s+"
            + "|(?:\\p{Lu}[\\p{L}.'-]*[ ,]+){0,5}(?:[-\u2013\u2014(/]\\s*)?(?:\\p{Lu}\\p{L}*\\s*)?(?:[-\u2013\u2014]\\s*)?)?"
            + "(?:\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)");

    /** How far into a text a dateline that heads it stands: its first rows (the start of their line, HEADING_DATE). */
    private static final int HEAD_ROWS = 4;

    /**
     * The latest quarter named, but never one that had not ended by the dateline heading the text ("date 2021-10-27 ... expects 4Q
     * production rate of ~600-700tpd"): a release reports what is over; a quarter still running is spoken of, not reported.
     */
    private static ReportingPeriod latestEnded(Collection<ReportingPeriod> named, LocalDate headDate) {
        // (none, when every quarter named runs past the date: "3Q production" without its year is then placed by the dateline)
        ReportingPeriod ended = null;
        for (ReportingPeriod p : named) {
            if (headDate == null || !p.endDate().isAfter(headDate)) {
                ended = later(ended, p);
            }
        }
        return ended;
    }

    private static ReportingPeriod later(ReportingPeriod a, ReportingPeriod b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    /** The date of the release's dateline, in its first lines ("VANCOUVER, Oct. 17, 2017", "April 12, 2010:"), if it has one. */
    static Optional<LocalDate> published(List<Row> rows) {
        for (int r = 0; r < Math.min(rows.size(), 12); r++) {
            Row row = rows.get(r);
            LocalDate date = dateline(row.text());
            if (date != null) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The end of the latest period its opening lines name, when it has no dateline: "commissioning was carried out
     * during December 2011" dates "the December quarter" of that text.
     */
    private static Optional<LocalDate> latestDated(List<Row> rows) {
        LocalDate latest = null;
        for (int r = 0; r < Math.min(rows.size(), 12); r++) {
            Row row = rows.get(r);
            for (String line : ProseReader.sentences(row.text())) {
                if (isFuture(line)) {
                    continue; // "A mining contract for the first phase of mining at Morila, scheduled for Q1 2022": a plan's date
                }
                for (PeriodLabels.Mention m : PeriodLabels.mentions(line)) {
                    // "renewed for another 10 years to September 14, 2024": a date things run to is not one the text is written at
                    boolean until = SPAN_BOUND_BEFORE.matcher(line.substring(Math.max(0, m.start() - 12), m.start())).find();
                    // "the mine, which Magna acquired in May 2020": when a thing was done, not when the text is written
                    if (m.period() != null && !until && !ProseReader.datedEvent(line, m.start()) && (latest == null || m.period().endDate().isAfter(latest))) {
                        latest = m.period().endDate();
                    }
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private static final Pattern METRIC_GRADES = Pattern.compile("(?i)\\bg/t\\b|\\bgpt\\b|gram(?:me)?s per tonne|\\btonnes?\\b");
    private static final Pattern US_GRADES = Pattern.compile("(?i)\\boz\\s?/\\s?t(?:on)?\\b|\\bopt\\b|ounces?\\s?(?:per|/)\\s?ton\\b|oz per ton|short tons?|\\bst/d\\b|\\bstpd\\b");
    /** A place in the United States, where ore is weighed in short tons. */
    // (a state after "in", a comma or a parenthesis: "in Nevada", "Elko, Nevada", not "Sierra Nevada" nor "Baja California";
    // "the US", not "US$" nor "ABOUT US")
    private static final Pattern US_SITE = Pattern.compile("(?i)(?:\\bin\\s+|,\\s*|\\()(?:nevada|alaska|idaho|montana|arizona|colorado|utah|wyoming|south dakota|"
            + "california|new mexico|michigan|minnesota|missouri)\\b|\\bu\\.s\\.(?:a\\.)?(?!\\w)|\\bunited states\\b|\\busa\\b|(?-i:\\b(?:in|the)\\s+US\\b(?!\\s*\\$))");
    private static final Pattern TONS = Pattern.compile("(?i)\\b(tons|ton)\\b");
    private static final Pattern CITED_RELEASE_AFTER = Pattern.compile("(?i)\\s*(?:press|news)\\s+releases?\\b");
    private static final Pattern CITED_RELEASE_BEFORE = Pattern.compile("(?i)\\(\\s*see\\s+[^()]*$|\\b(?:press|news)\\s+releases?\\s+(?:dated|of|on)\\s+$");
    /** "The Didipio mine" over a story's opening: a photograph's caption, the article before the name, no section's title. */
    private static final Pattern CAPTION = Pattern.compile("The\\s+.+\\s+(?:mine|operation|project)");
    private static final Pattern LEACH_PAD = Pattern.compile("(?i)\\bheap[- ]leach|\\bleach(?:ing)?\\s+pads?\\b|\\b(?:on|to)\\s+(?:the\\s+)?pads?\\b");
    private static final Pattern MILL = Pattern.compile("(?i)\\b(?:mill(?:s|ed|ing)?|flotation|concentrator|CIL|CIP|carbon[- ]in[- ](?:leach|pulp))\\b");
    private static final Pattern CRUSHED = Pattern.compile("(?i)\\bcrushed\\b|\\bcrusher\\b(?=\\s+throughput)");
    private static final Pattern METRIC_TONS = Pattern.compile("(?i)\\bmetric\\s+(tons|ton)\\b");
    /** A word that makes the date after it a span's bound: "to September 14, 2024", "from 25 August 2007 to 31 December 2007". */
    private static final Pattern SPAN_BOUND_BEFORE = Pattern.compile("(?i)\\b(to|until|till|through|by|before|expir\\w*|from|between|since|as\\s+(?:of|at))\\s*$");

    /** The date a release was issued, from its dateline ("Oct. 17, 2017", "10/12/10" as month/day/year). */
    private static LocalDate dateline(String line) {
        return dateline(line, false);
    }

    /**
     * @param spanEndsSkipped whether a date that ends a span the line names ("during the half year ended June 30, 2018") is
     *     passed over: no date the text was written on, when the period it reports is sought (a publication date taken from it
     *     still lets a table's later columns through)
     */
    private static LocalDate dateline(String line, boolean spanEndsSkipped) {
        if (TODAY.matcher(line).find() || QUOTE_STAMP.matcher(line).matches()) {
            return null;
        }
        Matcher m = DATELINE.matcher(line);
        List<PeriodLabels.Mention> named = null; // the line's periods, read once and only when a date needs them
        boolean eventSkipped = false;
        while (m.find()) {
            if (SPAN_BOUND_BEFORE.matcher(line.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // "to September 14, 2024" is no dateline
            }
            if (CITED_RELEASE_AFTER.matcher(line).region(m.end(), line.length()).lookingAt()
                    || CITED_RELEASE_BEFORE.matcher(line.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "(see March 19 and April 8, 2024 press releases)": another release's date, cited
            }
            LocalDate date = date(m, line);
            if (date == null) {
                return null;
            }
            if (eventSkipped && FUTURE.matcher(line.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // past an event's date, "Conference call on November 3, 2022" is no dateline either
            }
            named = named != null ? named : PeriodLabels.mentions(line);
            int at = m.start();
            int end = m.end();
            if (spanEndsSkipped && named.stream().anyMatch(p -> p.start() <= at && p.end() >= end && p.period() != null)) {
                continue;
            }
            if (named.stream().anyMatch(p -> p.end() <= at && p.period() != null && p.period().endDate().isAfter(date))) {
                // "has provided third quarter 2022 production results ... since declaring commercial production on July 1, 2021":
                // a text about a period cannot be dated before that period ends; the date is an event's
                eventSkipped = true;
                continue;
            }
            return date;
        }
        return null;
    }

    /** The date a {@link #DATELINE} match writes; null when it cannot be read one way only, or is no date. */
    private static LocalDate date(Matcher m, String line) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), PeriodLabels.monthNumber(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (m.group(4) != null) {
                int year = m.group(6).length() == 4 ? Integer.parseInt(m.group(6)) : 2000 + Integer.parseInt(m.group(6));
                int first = Integer.parseInt(m.group(4));
                int second = Integer.parseInt(m.group(5));
                // "10/12/10" as North American newswires write it; "25/04/2014" can only be day first, "Publicado 07/04/2014" is;
                // "Perth, 03/10/2014" could be either, and a date read the wrong way dates the release wrong: no dateline
                boolean dayFirst = first > 12 || SPANISH_DATE_WORD.matcher(line.substring(Math.max(0, m.start() - 20), m.start())).find();
                if (!dayFirst && second <= 12 && m.group(6).length() == 4) {
                    return null;
                }
                return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
            }
            if (m.group(10) != null) {
                return LocalDate.of(Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)), Integer.parseInt(m.group(12)));
            }
            return LocalDate.of(Integer.parseInt(m.group(9)), PeriodLabels.monthNumber(m.group(8)), Integer.parseInt(m.group(7)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
