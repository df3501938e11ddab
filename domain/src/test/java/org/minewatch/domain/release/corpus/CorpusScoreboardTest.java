package org.minewatch.domain.release.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.release.ReleaseParser;

/**
 * The scoreboard: every release of the corpus parsed as a new user's would be (no mines known), scored
 * against the figures a careful reader took from it, printed per release and in total, tuning and held-out
 * parts apart (the held-out part of each gathering apart too). It fails when the tuning part falls below the floors recorded here, or one of its releases below
 * the per-release precision floor; the held-out part is printed and reported, never floored.
 *
 * <p>It scores the tuning part unless told otherwise: the held-out part is scored at the end of a session's tuning,
 * with {@code -Dcorpus.part=all} (or {@code heldout} for it alone), so that no ordinary test run shows it.
 * {@code -Dcorpus.detail=true} lists each missed and wrong figure.
 * The table is also written to {@code target/corpus-scoreboard.txt}.
 */
class CorpusScoreboardTest {

    // Floors on the tuning part: what the parser reached there when they were last raised; they only go up. The
    // held-out part is printed and reported, never floored: a floor on it would make it a target to tune against.
    // The target is recall 0.95 and precision 0.98 over the whole corpus, and precision 0.95 on every release.
    // Recall went from 0.398 to 0.388 when figures that no text could place (a mine's or the company's?) stopped being
    // guessed: a release read wrongly is worse than one not read.
    // Each gathering's tuning part has its own recall floor: the second gathering (corpus/README.md) added 16 tuning
    // releases of kinds the parser read worst, which it read at 0.179 when they were added and 0.472 after its tuning;
    // the third added 15, read at 0.135 (precision 0.351) when they came in and 0.688 after the session that tuned on them.
    // The fourth gathering's tuning part (corpus/README.md) joined when a later session emptied UNSEEN: read at 0.099
    // (precision 0.514) then, 0.606 (0.964) after that session's tuning. Its precision has a floor of its own, so that the
    // earlier parts keep theirs. The fifth gathering's tuning part joined on 2 December: read at 0.390 (precision 0.608)
    // then, 0.654 (1.000) after that session's tuning; the second and fourth gatherings' floors rose with it. The sixth
    // gathering's tuning part (25 releases, scored once on arrival with the rest of its gathering) joined on 2 December
    // (fourth session): read at 0.241 (precision 0.655) then, 0.684 (0.982) after that session's tuning, which raised the
    // fourth and fifth gatherings' recall floors with it.
    // Per release, the floor is the lowest precision a tuning release has now (St Barbara Q3 2019, a two-column PDF read
    // as one run of text, 0.60), far under the target's 0.95: it keeps any release from reading worse than that.
    static final double RELEASE_PRECISION_FLOOR = 0.60;
    // The first three gatherings' precision floors differ by what each reached when its floors were last raised.
    static final Map<Integer, Floors> GATHERING_FLOORS = Map.ofEntries(
            Map.entry(1, new Floors(0.870, 0.99, RELEASE_PRECISION_FLOOR)),
            Map.entry(2, new Floors(0.810, 0.99, RELEASE_PRECISION_FLOOR)),
            Map.entry(3, new Floors(0.680, 0.99, RELEASE_PRECISION_FLOOR)),
            // 0.731 on 4 December once a Spanish wire's table between rulers was read (Codelco Q1 2014).
            Map.entry(4, new Floors(0.730, 0.99, RELEASE_PRECISION_FLOOR)),
            Map.entry(5, new Floors(0.700, 0.99, RELEASE_PRECISION_FLOOR)),
            // Lowered from 0.68 on 3 December (fifth session) with the tenth's from 0.28, by the one rule floors were ever lowered for: a
            // plant's figure that the words give to no mine in a text of no or one mine is said, not given to the company
            // (ProseReader). On first sight of the fourth to tenth gatherings such figures were right once in 33; on the tuning
            // parts, tuned to read them, 7 right ones went (a Spanish plant report's five, a Russian group's two recoveries) and
            // 4 wrong ones; on the eleventh, unseen, 5 wrong ones and no right one.
            Map.entry(6, new Floors(0.65, 0.98, RELEASE_PRECISION_FLOOR)),
            // The seventh gathering's tuning part joined on 3 December, in the session that gathered it, once an eighth
            // gathering stood as the unseen one: read at 0.181 (precision 0.689) then, 0.339 (0.983) after that session's tuning.
            // 0.450 (1.000) on 4 December once a wire's table between rulers was read row by row (Northgate Q4 2009).
            // 0.497 (1.000) on 6 December (nineteenth session) once a bullet of a mine's name alone over its line in lower case was read (First Majestic Q3 2020).
            Map.entry(7, new Floors(0.49, 0.98, RELEASE_PRECISION_FLOOR)),
            // The eighth gathering's tuning part joined on 3 December, once a ninth stood as the unseen one: read at 0.154
            // (precision 0.389) then, 0.363 (0.917) after that session's tuning; one release still reads no right figure
            // (Superior Gold Q1 2018: two mines named, a pit and the operation, and the recoveries given to the pit).
            // 0.418 (0.950) on 4 December, once a sentence that turns to the plan still named the quarter it reports (IAMGOLD Q3 2021).
            // 0.549 (0.962) on 6 December (twentieth session) once ore's tonnes "averaging" a zinc grade gave the grade (Teck Q1 and Q2 2024).
            Map.entry(8, new Floors(0.54, 0.96, 0.0)),
            // The ninth gathering's tuning part joined on 3 December, once a tenth stood as the unseen one: read at 0.128
            // (precision 0.387) then, 0.383 (0.818) after that session's tuning; two releases still read no right figure
            // (Inca One's "2,065 onzas" beside "4.238 toneladas" in one Spanish text; Metals Exploration's Runruno named a project).
            Map.entry(9, new Floors(0.39, 0.82, 0.0)),
            // The tenth gathering's tuning part joined on 3 December, once an eleventh gathering's rule was committed: read at
            // 0.160 (precision 0.605, as on its arrival); 0.190 (0.738) once a change's size, a quarterly report's period ended, a
            // comparison's "same period in 2022" and a company's legal name over its release were read; 0.215 (0.778) once
            // Portuguese months and mines, regions, spans opening a sentence, tons without grades and recovered grades were;
            // 0.288 (0.825) once a monthly table of the quarter's months without their year was dated.
            // 0.276 (0.865) once a plant's figure given to no mine was said, not given to the company (see the sixth's).
            // 0.288 (0.904) on 4 December once "as of Sept. 30 ... the combined operations of its Maco mine and Sangilo mine" was read (Apex Q3 2023).
            Map.entry(10, new Floors(0.28, 0.90, 0.0)),
            // The eleventh gathering's tuning part joined on 4 December, once a twelfth gathering's rule was committed: read at
            // 0.266 (precision 0.701); 0.288 (0.761) once a quarter still running at the dateline was no longer the release's.
            // 0.424 (0.843) once a table of one bar-led cell a line with wrapped headers was read, and an owner's possessive in capitals left out of a mine's name.
            // 0.441 (0.848) once a sentence that turns to the plan ("but says full-year output ...") still named its quarter, and a year before what was produced dated a text.
            // 0.463 (0.882) on 4 December once rules made from the twelfth carried over (Detour Q4 2013's November, Mako Q3 2022's event dates).
            Map.entry(11, new Floors(0.46, 0.88, 0.0)),
            // The twelfth gathering's tuning part joined on 4 December, once a thirteenth gathering's rule was committed: read at
            // 0.122 (precision 0.585, 41 read, 24 right); 0.148 (0.725) once a first quarter told against the fourth of a year was
            // dated after it, a financial year's quarters were no calendar ones, the end of the issuer's name no mine, and "over Q3
            // 2018" ended a figure's words (a figure alone in a parenthesis read as of the period before it went: it read the
            // thirteenth gathering, unseen, one right figure worse).
            // 0.163 (0.865, 37 read, 32 right) once a first quarter's year, an event's date, an acquisition's month, "producción
            // semestral", a Spanish operator's company name, finished product stocks and a past year beside later plans were read.
            // 0.224 (0.898) on 4 December once years one cell a line with footnotes' marks headed a filing's rows (Apollo Gold 2008).
            // 0.296 (0.921) on 4 December once a header's periods over their years on two lines, mines titled beside the owner's
            // interest and a smelter's section were read (Palabora Q2 2013, a rule made from the fifteenth's Rio Tinto Q1 2015).
            Map.entry(12, new Floors(0.29, 0.92, 0.0)),
            // The thirteenth gathering's tuning part joined on 4 December, once a fourteenth gathering's rule was committed: read at
            // 0.085 (precision 0.160, 75 read, 12 right), the lowest precision any part joined at; 0.359 (0.773, 66 read, 51
            // right) once quarter-end months three apart were quarters, a quarter named only as the one compared with was not the
            // release's, a text first dated by a year was of that year, a quarter named for a debt repayment was no release's, and
            // a production list's items were read (the fourteenth gathering, unseen, judged each: a mill's name taken for the
            // mine read it two wrong figures more and was reverted).
            // 0.366 (0.788) on 4 December once a story of a year's fourth quarter was read (Cambior 2004, from the fifteenth's rules).
            Map.entry(13, new Floors(0.36, 0.78, 0.0)),
            // The fourteenth gathering's tuning part joined on 4 December, once a fifteenth gathering's rule was committed: read at
            // 0.083 (precision 0.440, 25 read, 11 right); 0.293 (0.736, 53 read, 39 right) once a filing's table padded by lines of a
            // lone bar was read by its periods, with mines' sections and the rows they name (Meridian Gold 2005); 0.556 (0.949, 78
            // read, 74 right) once a mine's initials, a figure compared with, a project's own production, a span's lead, a table of
            // metrics one a line under a names heading and a year-by-year list were read (Benguet, Century Mining, Silver Bear,
            // Zijin 2020, Grupo México).
            // 0.556 (0.961) on 4 December once a paragraph's span and a sentence's opening year dated figures (KGHM 2017 one wrong fewer).
            Map.entry(14, new Floors(0.55, 0.96, 0.0)),
            // The fifteenth gathering's tuning part joined on 4 December, once a sixteenth gathering's rule was committed: read at
            // 0.091 (precision 0.548, 31 read, 17 right); 0.651 (1.000, 121 read, all right) once "the three and 12 months ended",
            // a paragraph's span, an office's address, a named plant, a half year's end, "Cam and Motor Mine", six months without
            // their year, periods over years on two lines, a month's table short of its rows, a wire's table of one period and a
            // year's fourth quarter told in passing were read, each narrowed by a review's probes.
            Map.entry(15, new Floors(0.65, 0.99, 0.0)),
            // The sixteenth gathering's tuning part joined on 4 December, once a seventeenth gathering's rule was committed: read at
            // 0.052 (precision 0.250, 16 read, 4 right); 0.1299 (0.625, 16 read, 10 right) once a base metal's tonnes with its mine
            // between, a half year written year first, kilograms restated in ounces and a sentence's full stop before a mine's
            // name were read (Jinchuan, Fortitude).
            Map.entry(16, new Floors(0.12, 0.62, 0.0)),
            // The seventeenth gathering's tuning part joined on 4 December, once an eighteenth gathering's rule was committed: read
            // at 0.119 (precision 0.517, 29 read, 15 right); 0.183 (0.767, 30 read, 23 right) once a plural owner's possessive,
            // a span's first day, 'the Jaurdi gold project', a year's level compared with, what may be done, a fiscal year over
            // two years and a release below a page's widgets were read (Beacon, View, GlobeStar, Hutti, Silver X).
            Map.entry(17, new Floors(0.18, 0.76, 0.0)),
            // The eighteenth gathering's tuning part joined on 4 December, once a nineteenth gathering's rule was committed and it
            // had arrived: read at 0.146 (precision 0.444, 27 read, 12 right); 0.183 (0.577, 26 read, 15 right) once a headline's
            // title-case preposition and a bullet's participle were no part of a mine's name (Aya Gold & Silver).
            // 0.415 (0.756) on 5 December (sixteenth session) once a quarter's end written in figures was read ("Quarter Ended
            // 3/31/10": International Minerals Q1 2010).
            Map.entry(18, new Floors(0.41, 0.75, 0.0)),
            // The nineteenth gathering's tuning part joined on 4 December, once a twentieth gathering's rule was committed and it
            // had arrived: read at 0.052 (precision 0.091, 33 read, 3 right); 0.052 (0.231, 13 read, 3 right) once the quarter labels
            // of a text whose quarter ended off the calendar were no calendar quarters (Starcore); 0.138 (0.667, 12 read, 8 right) once
            // kilograms glued to their figure and restated in ounces, a month with its quarter after it, 'ozs', an annual production
            // for a year and a holder's share were read (Xtract, New Guinea Gold, Arian Silver); 0.207 (0.750, 16 read, 12 right)
            // once a month's update titled without its year was dated (AuStar).
            Map.entry(19, new Floors(0.20, 0.75, 0.0)),
            // The twentieth gathering's tuning part joined on 5 December (ninth session), once the twenty-first's rule was
            // committed and the twenty-first had arrived: read at 0.420 (precision 0.887, 53 read, 47 right); three of its
            // releases read a wrong figure and no right one; 0.518 (0.906, 64 read, 58 right) once a heading wrapped onto the next
            // line of a table of one cell a line and a base metal's comparison after "metal" were read (Griffin Mining); 0.545
            // (0.910, 67 read, 61 right) once "the six months to June 30" of a dated story was read (China Nonferrous Gold).
            Map.entry(20, new Floors(0.54, 0.91, 0.0)),
            // The twenty-first gathering's tuning part joined on 5 December (tenth session), once the twenty-second's rule was
            // committed and the twenty-second had arrived: read at 0.059 (precision 0.300, 10 read, 3 right): news items of one or
            // two figures, releases of guidance alone; 0.412 (0.808, 26 read, 21 right) after the session's rules made from it
            // (Lion One's "Q4 CY2024" table, Artemis Gold's hyphenated quarter and year's total, Dayton's and Campbell's stories).
            // (0.431, 0.815 on 5 December, sixteenth session: a figure's cost between it and its period)
            Map.entry(21, new Floors(0.43, 0.81, 0.0)),
            // The twenty-third gathering (other releases of companies already tuned on, README.md) joined on 5 December
            // (fourteenth session), scored on arrival on 5a9ce8e: its tuning part read at 0.175 (precision 0.528, 89 read, 47 right);
            // 0.448 (1.000) after that session's rules; 0.582 (1.000) once a table whose labels stand amid their figures was read (Avino).
            Map.entry(23, new Floors(0.58, 0.99, 0.0)),
            // The twenty-fourth gathering (more releases of companies already tuned on, README.md) joined on 5 December (fifteenth
            // session), scored on arrival on af9e6a9: its tuning part read at 0.338 (precision 0.724, 98 read, 71 right); 0.543 (0.898,
            // 127 read, 114 right) after that session's rules (a mine's title over a pipe table, a year's column after quarters in
            // words, an equivalent abbreviated, a list's year, the one mine named with a metal, ...).
            Map.entry(24, new Floors(0.54, 0.89, 0.0)),
            // The twenty-fifth gathering (more releases of companies already tuned on, README.md) joined on 5 December (sixteenth
            // session), scored on arrival on 2318988: its tuning part read at 0.433 (precision 0.661, 118 read, 78 right).
            // 0.589 (0.914, 116 read, 106 right) after that session's rules (a newspaper's ticker, crushed ore at a leach pad, a
            // caption over a story, a cost between a figure and its period, "produced by" a mine, the nearer of grade and recovery, ...).
            Map.entry(25, new Floors(0.58, 0.91, 0.0)),
            // The twenty-sixth gathering (more releases of companies already tuned on, README.md) joined on 6 December (seventeenth
            // session), scored on arrival on 49fd732: its tuning part read at 0.359 (precision 0.696, 115 read, 80 right); 0.399
            // (0.918, 97 read, 89 right) after that session's rules (an issuer's heading with its tickers, a share price's stamp, a
            // row whose blanks a page moved to its end, the issuer's total after a mine's share, a year compared with, ...).
            // 0.422 (0.922) on 6 December (nineteenth session) once ore's dry metric tonnes were read and 'ore production' was mined (Rambler Q4 2022).
            Map.entry(26, new Floors(0.42, 0.92, 0.0)),
            // The twenty-seventh gathering (more releases of companies already tuned on, README.md) joined on 6 December (eighteenth
            // session), scored on arrival on 6677ed6: its tuning part read at 0.188 (precision 0.512, 43 read, 22 right); 0.615
            // (0.923, 78 read, 72 right) after that session's rules (years under spans beside a caption, a total row over ingots, a
            // list of metals a quarter's or a year's production included, a figure in parentheses after its period, ...).
            Map.entry(27, new Floors(0.61, 0.92, 0.0)),
            // The twenty-eighth gathering (more releases of companies already tuned on, README.md) joined on 6 December (nineteenth
            // session), scored on arrival on cc70fde: its tuning part read at 0.266 (precision 0.634, 71 read, 45 right); 0.373 (0.829,
            // 76 read, 63 right) after that session's rules (a half year's story dating an event in its quarter, an undated story of a
            // year told once it was over, dry metric tonnes, saleable metal, a wire's table between em-dash rulers, a level reached after
            // a comparison, ...).
            Map.entry(28, new Floors(0.37, 0.82, 0.0)),
            // The twenty-ninth gathering (more releases of companies already tuned on, README.md) joined on 6 December (twentieth
            // session), scored on arrival on c77efb8: its tuning part read at 0.364 (precision 0.700, 40 read, 28 right); 0.558 (1.000, 43
            // read, 43 right) after that session's rules (a quarter compared with past an aside, a paragraph that opens on its mine, ore's
            // tonnes averaging a grade, a milestone's month, a namesake mine, gold in circuit, a company called as its mine, ...).
            Map.entry(29, new Floors(0.55, 0.99, 0.0)),
            // The thirtieth gathering's tuning part (31 releases of tuned-on companies) joined on 6 December (twenty-first session), on
            // its arrival: read at 0.293 (precision 0.642) on cfa3f0e, before any rule was made from it; 0.336 (0.830) after that
            // session's rules (a heading's gerund, months from a start, a day's date, a resource's wrapped line, "together produced", ...).
            // 0.362 (0.840) on 6 December (twenty-second session) once a project that produced beside a mine named and a year's
            // annual figure were read (Pantoro, Banro).
            Map.entry(30, new Floors(0.36, 0.84, 0.0)),
            // The thirty-first gathering's tuning part (28 releases of tuned-on companies) joined on 6 December (twenty-second session),
            // on its arrival: read at 0.235 (precision 0.711, 38 read, 27 right) on 761da32, before any rule was made from it; 0.374
            // (0.860, 50 read, 43 right) after that session's rules (a quarter reported before a guidance kept, the issuer's own
            // production announced, grams after words of grade, a start's rate, a mine's throughput, a loss, "the Mine" after its name, ...);
            // 0.391 (0.865) once a quarter "as of" its last day and a metal joined to its mineral in a mine's name were read (Merdeka).
            Map.entry(31, new Floors(0.39, 0.86, 0.0)),
            // The thirty-second gathering's tuning part (29 releases of tuned-on companies) joined on 6 December (twenty-third session),
            // on its arrival: read at 0.121 (precision 0.586, 29 read, 17 right) on f93af85, before any rule was made from it; 0.200
            // (0.903, 31 read, 28 right) after that session's rules (a quarter exceeded, a wire's bullets run together, a mine's way of
            // mining closing its name, Unicode hyphens, an adjective opening a bullet, a headline's issuer, ...).
            Map.entry(32, new Floors(0.20, 0.90, 0.0)),
            // The thirty-third gathering's tuning part (28 releases of tuned-on companies) joined on 6 December (twenty-fourth session),
            // on its arrival: read at 0.247 (precision 0.900, 40 read, 36 right) on 0055f64, before any rule was made from it; 0.260
            // (0.974, 39 read, 38 right) after that session's rules (a mine named as a figure's cause, "on par with", a plus sign's bound,
            // an adjective of how an operation ran, ...).
            Map.entry(33, new Floors(0.26, 0.97, 0.0)),
            // The thirty-fourth gathering's tuning part (30 releases of tuned-on companies) joined on 6 December (twenty-fifth session),
            // on its arrival: read at 0.184 (precision 0.622, 37 read, 23 right) on 34cacc1, before any rule was made from it; 0.248
            // (0.912, 34 read, 31 right) after that session's rules (a fiscal half, a picture's placeholder, a change's level, a headline's
            // FY, "during which", ...).
            Map.entry(34, new Floors(0.24, 0.91, 0.0)),
            // The thirty-fifth gathering's tuning part (26 releases of tuned-on companies) joined on 7 December (twenty-sixth session),
            // on its arrival: read at 0.362 (precision 0.826, 46 read, 38 right) on 50430f3, before any rule was made from it; 0.438
            // (0.958, 48 read, 46 right) after that session's rules (a quantity "from the X operations", "between them", "for the year"
            // of a fourth quarter's story, a wire's issuer reporting its own production, a level lower than a level near it, ...).
            Map.entry(35, new Floors(0.43, 0.95, 0.0)),
            // The thirty-sixth gathering's tuning part (28 releases of tuned-on companies) joined on 7 December (twenty-seventh session),
            // on its arrival: read at 0.285 (precision 0.745, 47 read, 35 right) on 9b3fc0e, before any rule was made from it; 0.569
            // (0.897, 78 read, 70 right) after that session's rules (a names' heading beside a measure over the periods, a total under
            // rows of mines, the number of a name, a bullet's words wrapped short, a plan's word in an aside, ...).
            Map.entry(36, new Floors(0.56, 0.89, 0.0)),
            // The thirty-seventh gathering's tuning part (30 releases of tuned-on companies) joined on 7 December (twenty-seventh
            // session), on its arrival: read at 0.168 (precision 0.404, 57 read, 23 right) on 5a6078b, before any rule was made from it,
            // the same as on the parser the session started from (ec36299); 0.241 (0.589, 56 read, 33 right) after the rules made from it
            // (a quarterly report's period on the line below, a year's heading with its footnote's mark, a section of sustainability).
            Map.entry(37, new Floors(0.24, 0.58, 0.0)),
            // The thirty-eighth gathering's tuning part (31 releases of tuned-on companies) joined on 7 December (twenty-eighth
            // session), on its arrival: read at 0.150 (precision 0.444, 45 read, 20 right) on 4a5d66f, before any rule was made from
            // it, the same as on the parser the session started from (1d69136); 0.526 (0.946, 74 read, 70 right) after the rules made
            // from it (a title with the share owned, a year that dates a mine's history or a plan, a footnote glued to a quarter's
            // year, the year before's figure in brackets, ...) and Galane's figures put under Mupane as its other releases have them.
            Map.entry(38, new Floors(0.52, 0.94, 0.0)),
            // The thirty-ninth gathering's tuning part (29 releases of tuned-on companies) joined on 7 December (twenty-ninth session),
            // on its arrival: read at 0.154 (precision 0.593, 27 read, 16 right) on 7eedaae, before any rule was made from it, the
            // same as on the parser the session started from (e3bf5a5); 0.404 (0.913, 46 read, 42 right) after the rules made from it
            // (a Nordic table's decimal commas and spaced thousands, "last year" in a story of a year's last quarter, a mine's name
            // ending at a blank line, a closing clause of what a change reflects, ...).
            Map.entry(39, new Floors(0.40, 0.91, 0.0)),
            // The fortieth gathering's tuning part (28 releases of tuned-on companies) joined on 7 December (thirtieth session), on its
            // arrival: read at 0.109 (precision 0.292, 48 read, 14 right) on 7b0c83f, before any rule was made from it, the same as on
            // the parser the session started from (6bab44e); 0.219 (0.683, 41 read, 28 right) after the rules made from it (a quarter
            // compared with an increase over a year's, a region's place after a direction, what was produced naming no one, months
            // of a fiscal year, ...).
            Map.entry(40, new Floors(0.21, 0.68, 0.0)),
            // The forty-first gathering's tuning part (31 releases of tuned-on companies) joined on 7 December (thirty-first session), on
            // its arrival: read at 0.227 (precision 0.615, 65 read, 40 right) on ba8c8ea, before any rule was made from it, the same
            // as on the parser the session started from (0b91116); 0.537 (0.888, 107 read, 95 right) after the rules made from it and
            // Torex Q1 2023's record of 2017 taken, as the brief asks
            // (spans one a line each over its year, two wrapped spans sharing the years beside a caption, fine metric tonnes, a
            // name with its short name before a way of mining, ...).
            Map.entry(41, new Floors(0.53, 0.88, 0.0)),
            // The forty-second gathering's tuning part (32 releases of tuned-on companies) joined on 7 December (thirty-second session),
            // on its arrival: read at 0.204 (precision 0.806, 36 read, 29 right) on dd4abe5, before any rule was made from it, the same
            // as on the parser the session started from (a7cdb61); 0.465 (0.943, 70 read, 66 right) after the rules made from it (a
            // caption's unit from the row of units under the periods, "year" over its year beside quarters, period headings one cell
            // a line with their short names, "$21.89 Million" no mine, the metals an equivalent consists of after a comma, ...).
            Map.entry(42, new Floors(0.46, 0.94, 0.0)),
            // The forty-third gathering's tuning part (30 releases of tuned-on companies) joined on 7 December (thirty-third session),
            // on its arrival: read at 0.380 (precision 0.776, 49 read, 38 right) on 7e61c06, before any rule was made from it, the same
            // as on the parser the session started from (d17fb98); 0.566 (0.966, 58 read, 56 right, of 99 once Breakwater's "nearly
            // 30,000 tonnes" was no figure) after the rules made from it (the mill of a place at work, a figure including its mines'
            // parts, a rate in Mtpa, royalties in a cost, a year's guidance withdrawn, "Consolidated" closing a name, ...).
            Map.entry(43, new Floors(0.56, 0.96, 0.0)));

    /** A gathering's tuning part's floors: over the part, and on each of its releases (a part that has just joined reads some releases wrongly). */
    record Floors(double recall, double precision, double releasePrecision) {
    }

    @Test
    void the_parser_reads_the_corpus_at_least_as_well_as_recorded() throws IOException {
        String part = System.getProperty("corpus.part", "tuning");
        List<CorpusRelease> releases = CorpusRelease.all().stream()
                .filter(r -> part.equals("all") || part.equals("heldout") == r.heldOut()).toList();
        assertThat(releases).as("corpus part %s", part).isNotEmpty();
        List<Scoreboard> scores = releases.stream().map(r -> Scoreboard.score(r, new ReleaseParser().parse(r.text()))).toList();

        List<Scoreboard.Total> totals = new java.util.ArrayList<>();
        for (boolean held : new boolean[] {false, true}) {
            List<Scoreboard> ofPart = scores.stream().filter(s -> s.release().heldOut() == held).toList();
            if (ofPart.isEmpty()) {
                continue;
            }
            totals.add(Scoreboard.Total.of(held ? "held-out" : "tuning", ofPart));
            for (int gathering = 1; gathering <= CorpusRelease.GATHERINGS; gathering++) {
                int g = gathering;
                List<Scoreboard> ofGathering = ofPart.stream().filter(s -> s.release().gathering() == g).toList();
                if (!ofGathering.isEmpty()) {
                    totals.add(Scoreboard.Total.of((held ? "held-out, " : "tuning, ") + CorpusRelease.ordinal(g) + " gathering", ofGathering));
                }
            }
        }
        if (part.equals("all")) {
            totals.add(Scoreboard.Total.of("all", scores));
        }
        String table = Scoreboard.table(scores, totals, Boolean.getBoolean("corpus.detail"));
        System.out.println(table);
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("corpus-scoreboard.txt"), table);

        if (part.equals("heldout")) {
            return; // printed, not floored
        }
        List<Scoreboard> tuning = scores.stream().filter(s -> !s.release().heldOut()).toList();
        assertThat(GATHERING_FLOORS.keySet()).as("every gathering with a tuning part has floors")
                .containsAll(tuning.stream().map(s -> s.release().gathering()).collect(Collectors.toSet()));
        GATHERING_FLOORS.forEach((gathering, floors) -> {
            Scoreboard.Total ofGathering = Scoreboard.Total.of("tuning, " + CorpusRelease.ordinal(gathering) + " gathering",
                    tuning.stream().filter(s -> s.release().gathering() == gathering).toList());
            assertThat(ofGathering.recall()).as("recall over the %s gathering's tuning part", CorpusRelease.ordinal(gathering)).isGreaterThanOrEqualTo(floors.recall());
            assertThat(ofGathering.precision()).as("precision over the %s gathering's tuning part", CorpusRelease.ordinal(gathering)).isGreaterThanOrEqualTo(floors.precision());
        });
        assertThat(tuning).allSatisfy(s -> assertThat(s.precision()).as("precision on %s: wrong %s", s.release().name(), s.wrong())
                .isGreaterThanOrEqualTo(GATHERING_FLOORS.get(s.release().gathering()).releasePrecision()));
    }
}
