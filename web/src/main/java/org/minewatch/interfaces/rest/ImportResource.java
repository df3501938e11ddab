package org.minewatch.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.ImportService;
import org.minewatch.application.ImportService.Outcome;
import org.minewatch.application.ImportService.Preview;
import org.minewatch.application.ImportService.Source;
import org.minewatch.application.ImportWorkLimit;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.imports.ImportRecord;
import org.minewatch.interfaces.rest.ObservationResource.ObservationView;

/**
 * {@code /api/imports}, administrators only: {@code POST /preview} reads a release's text ({@code text/plain})
 * or figures ({@code text/csv}) and says what it understood, storing nothing; {@code POST} commits it, all
 * or nothing; {@code GET} lists imports and shows one with its changes.
 */
@Path("imports")
@RolesAllowed("ADMIN")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    private ImportService importService;

    @Inject
    private ImportWorkLimit workLimit;

    @JsonbNillable
    @JsonbPropertyOrder({"company", "issuer", "newCompany", "otherIssuer", "observations", "guidance", "findings", "errors", "implausible", "warnings", "newMines",
            "conflicts", "unchanged"})
    public record PreviewView(String company, String issuer, boolean newCompany, String otherIssuer, List<ObservationView> observations,
                              List<GuidanceView> guidance, List<FindingView> findings, List<String> errors, List<String> implausible, List<String> warnings,
                              List<String> newMines, List<ConflictView> conflicts, int unchanged) {
        static PreviewView of(Preview p) {
            // the API speaks English: the sentences as their English text
            return new PreviewView(p.company(), p.issuer(), p.newCompany(), p.otherIssuer() == null ? null : p.otherIssuer().toString(),
                    p.observations().stream().map(ObservationView::of).toList(), p.guidance().stream().map(GuidanceView::of).toList(),
                    p.findings().stream().map(FindingView::of).toList(), english(p.errors()), english(p.implausible()), english(p.warnings()),
                    p.newMines(), p.conflicts().stream().map(c -> new ConflictView(ObservationView.of(c.imported()), c.stored().value())).toList(),
                    p.unchanged());
        }
    }

    private static List<String> english(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::toString).toList();
    }

    private static String english(Sentence sentence) {
        return sentence == null ? null : sentence.toString();
    }

    /** A guidance statement of the release and what a commit with storeGuidance=true would do with it. */
    @JsonbNillable
    @JsonbPropertyOrder({"year", "mine", "metal", "low", "high", "unit", "withdrawn", "fate", "reason", "inForce", "sentence", "line"})
    public record GuidanceView(int year, String mine, String metal, java.math.BigDecimal low, java.math.BigDecimal high, String unit, boolean withdrawn,
                               String fate, String reason, String inForce, String sentence, int line) {
        static GuidanceView of(ImportService.GuidanceFound g) {
            return new GuidanceView(g.year(), g.mine(), g.metal() == null ? null : g.metal().name(), g.low(), g.high(),
                    g.metal() == null ? null : g.metal().productionUnit().symbol(), g.withdrawn(), g.fate().name(), english(g.reason()), english(g.inForce()), g.sentence(), g.line());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"rule", "severity", "mine", "period", "metal", "message"})
    public record FindingView(String rule, String severity, String mine, String period, String metal, String message, boolean raised) {
        static FindingView of(ImportService.PreviewFinding p) {
            org.minewatch.rules.Finding f = p.finding();
            return new FindingView(f.getRule(), f.getSeverity().name(), f.getMine(), f.getPeriod(), f.getMetal(), f.getMessage(), p.raised());
        }
    }

    @JsonbPropertyOrder({"imported", "stored"})
    public record ConflictView(ObservationView imported, java.math.BigDecimal stored) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "changed", "importedBy", "importedAt", "company", "source", "givenPeriod", "figuresRead", "figuresAdded", "figuresOverwritten",
            "figuresUnchanged", "minesCreated", "guidanceStored", "evaluation", "changes"})
    public record ImportView(Long id, boolean changed, String importedBy, String importedAt, String company, String source, String givenPeriod,
                             int figuresRead, int figuresAdded, int figuresOverwritten, int figuresUnchanged, String minesCreated, int guidanceStored,
                             String evaluation, List<ChangeView> changes) {
        static ImportView of(ImportRecord r, boolean withChanges) {
            return new ImportView(r.id(), true, r.importedBy(), r.importedAt().toString(), r.company().name(), r.sourceName(), r.givenPeriod(),
                    r.figuresRead(), r.figuresAdded(), r.figuresOverwritten(), r.figuresUnchanged(), r.minesCreated(), r.guidanceStored(), r.evaluation(),
                    withChanges ? r.changes().stream().map(c -> new ChangeView(c.mine(), c.period(), c.measure(), c.metal(), c.oldValue(),
                            c.newValue())).toList() : null);
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"mine", "period", "measure", "metal", "oldValue", "newValue"})
    public record ChangeView(String mine, String period, String measure, String metal, java.math.BigDecimal oldValue, java.math.BigDecimal newValue) {
    }

    @POST
    @Path("preview")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.WILDCARD})
    @Operation(summary = "Read a release's text (text/plain) or figures (text/csv) and say what was understood",
            description = "The figures read, what the rules would find, errors, warnings, unknown mines and figures that differ from those stored; stores nothing.",
            extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "400", description = "An empty, binary or non-UTF-8 body, a company to name, a malformed period=, or period= with a CSV")
    @APIResponse(responseCode = "403", description = "Not an administrator, or sent from another site's page")
    @APIResponse(responseCode = "413", description = "A body over 5 MB or 200,000 lines")
    @APIResponse(responseCode = "415", description = "Neither text/plain nor text/csv, or markup")
    @APIResponse(responseCode = "503", description = "The node works on as many previews and imports as it takes: try again after Retry-After seconds")
    public PreviewView preview(InputStream body, @Context HttpHeaders headers,
                               @Parameter(description = "The company, when the text does not name it") @QueryParam("company") String company,
                               @Parameter(description = "A name for the source; the first line of the text by default") @QueryParam("source") String sourceName,
                               @Parameter(description = PERIOD) @QueryParam("period") String period) {
        return limited(body, () -> PreviewView.of(importService.preview(source(body, headers, company, sourceName, period))));
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.WILDCARD})
    @Operation(summary = "Import a release's text or figures, all or nothing", description = "Then re-evaluates the alerts.",
            extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @APIResponse(responseCode = "201", description = "Imported: the import's record with its changes and the evaluation after it")
    @APIResponse(responseCode = "200", description = "Nothing changed: every figure is stored as it is (\"changed\": false)")
    @APIResponse(responseCode = "400", description = "An empty, binary or non-UTF-8 body, impossible values, implausible values without acceptImplausible, "
            + "nothing to import, a company to name, a malformed period=, or period= with a CSV")
    @APIResponse(responseCode = "403", description = "Not an administrator, or sent from another site's page")
    @APIResponse(responseCode = "409", description = "Figures that differ from those stored, unknown mines, or a company other than the text's issuer, "
            + "without overwrite, createMines or otherIssuer")
    @APIResponse(responseCode = "413", description = "A body over 5 MB or 200,000 lines")
    @APIResponse(responseCode = "415", description = "Neither text/plain nor text/csv, or markup")
    @APIResponse(responseCode = "503", description = "The node works on as many previews and imports as it takes: try again after Retry-After seconds")
    public Response commit(InputStream body, @Context HttpHeaders headers,
                           @Parameter(description = "The company, when the text does not name it") @QueryParam("company") String company,
                           @Parameter(description = "A name for the source; the first line of the text by default") @QueryParam("source") String sourceName,
                           @Parameter(description = PERIOD) @QueryParam("period") String period,
                           @Parameter(description = "Replace stored figures that differ") @QueryParam("overwrite") @DefaultValue("false") boolean overwrite,
                           @Parameter(description = "Create the mines not yet known") @QueryParam("createMines") @DefaultValue("false") boolean createMines,
                           @Parameter(description = "Store figures the preview lists as implausible, as they are") @QueryParam("acceptImplausible")
                           @DefaultValue("false") boolean acceptImplausible,
                           @Parameter(description = "Store the figures under company= although the text names another issuer") @QueryParam("otherIssuer")
                           @DefaultValue("false") boolean otherIssuer,
                           @Parameter(description = "Store the guidance the preview found (NEW; DIFFERS too with overwrite) as new guidance versions")
                           @QueryParam("storeGuidance") @DefaultValue("false") boolean storeGuidance) {
        Outcome outcome = limited(body, () -> importService.commit(source(body, headers, company, sourceName, period),
                new ImportService.Consent(overwrite, createMines, acceptImplausible, otherIssuer, storeGuidance)));
        if (outcome.record() == null) {
            Preview p = outcome.preview();
            return Response.ok(new ImportView(null, false, null, null, p.company(), sourceName, period, p.observations().size(), 0, 0, p.unchanged(), "", 0,
                    "nothing changed: every figure is stored as it is", null)).build();
        }
        return Response.status(Response.Status.CREATED).entity(ImportView.of(outcome.record(), true)).build();
    }

    @GET
    @Operation(summary = "The imports, newest first", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @APIResponse(responseCode = "200", description = "The imports, without their changes")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<ImportView> imports() {
        return importService.imports().stream().map(r -> ImportView.of(r, false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One import with its changes", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportView find(@PathParam("id") long id) {
        return ImportView.of(importService.find(id), true);
    }

    /**
     * The work under the node's limit of previews and imports; the body is read only once it may run, so that the
     * requests waiting their turn hold none of it. A request refused there has its body read and thrown away before
     * the 503: a client that sends all of its body before it reads the answer would otherwise see a broken connection.
     */
    private <T> T limited(InputStream body, Supplier<T> work) {
        try {
            return workLimit.run(work);
        } catch (ImportWorkLimit.Busy e) {
            ImportInput.discard(body);
            throw e;
        }
    }

    private static final String PERIOD = "The period the release reports (2016-Q3, 2016-FY, 2016-6M, 2016-09), for a text that does not say it or says it "
            + "wrongly: figures that name no period of their own are of it; a release's text only";

    private static Source source(InputStream body, HttpHeaders headers, String company, String sourceName, String period) {
        ImportService.Format format = ImportInput.format(headers.getMediaType());
        String text = ImportInput.read(body, headers.getLength());
        String name = sourceName == null || sourceName.isBlank() ? firstLine(text) : sourceName.strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return new Source(text, format, name, company, period == null || period.isBlank() ? null : givenPeriod(period));
    }

    /** The period= given, or a 400 that names the parameter and says how a period is written. */
    private static ReportingPeriod givenPeriod(String period) {
        try {
            return ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period=: " + e.getMessage(), e);
        }
    }

    /** A release's first line is its title: the import's name when none is given. Line by line: a strip of the whole text would copy it. */
    private static String firstLine(String text) {
        String first = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("release");
        return first.length() > 200 ? first.substring(0, 200) : first;
    }
}
