package org.minewatch.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * Exports that a spreadsheet opens as data, never as formulas: a text that begins with =, +, -, @, a tab or a
 * carriage return is what Excel, LibreOffice and Google Sheets evaluate, and a mine's name or an alert's sentence
 * comes from an import that anyone with an import right (or a release's author) wrote. Such a text is written with a
 * leading apostrophe, which spreadsheets read as "the rest is text"; numbers stay numbers. Every table's CSV export
 * ({@code <p:dataExporter type="csv">}) goes through {@link NeutralizingCsvExporter}, registered here for the whole
 * application before the first action runs (a phase listener in faces-config.xml: PrimeFaces' registry cannot be
 * built while the application starts), so that no page can forget it; the XLSX exports need nothing, as PrimeFaces writes
 * every text as a string cell, which no spreadsheet evaluates; the guidance report uses {@link #neutralized(String)}.
 */
public class SpreadsheetExports implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.INVOKE_APPLICATION;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!REGISTERED.get()) {
            DataExporters.register(DataTable.class, NeutralizingCsvExporter.class, "csv");
            REGISTERED.set(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the action
    }

    /** A text a spreadsheet would take for a formula, kept a text. */
    static String neutralized(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** PrimeFaces' CSV exporter of a table, each text cell {@link #neutralized(String) neutralized}. */
    public static class NeutralizingCsvExporter extends DataTableCSVExporter {
        @Override
        protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
            super.exportCellValue(context, table, column, value != null && value.isStringValue() ? ColumnValue.of(neutralized((String) value.getValue())) : value,
                    index);
        }
    }
}
