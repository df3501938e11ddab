package org.minewatch.interfaces.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minewatch.application.GuidanceService.Compliance;
import org.minewatch.rules.fact.GuidanceFact;

/**
 * Guidance compliance as files an executive takes to a meeting: a one-page landscape PDF with a title block
 * (what, which companies, year, as of, who, when), an XLSX whose figures are numbers, and a CSV, all with
 * units in a column and in headers, and the quarter the actuals reach in a column of its own. Headers and
 * statuses are written in the page's language; figures are whole, never broken over lines.
 */
final class GuidanceReport {

    /** How a column's values are written: text, whole figures, a percentage to one decimal, a multiple to two. */
    private enum Kind { TEXT, WHOLE, PERCENT, MULTIPLE }

    /** One column: its header, how a row gives its value, how the value is written. */
    private record Column(String header, Function<Compliance, Object> value, Kind kind) {

        boolean number() {
            return kind != Kind.TEXT;
        }
    }

    private final List<Compliance> rows;
    private final String title;
    private final List<String> subtitle;
    private final Locale locale;
    private final List<Column> columns;

    /**
     * @param subtitle the title block's lines under the title: companies, year and as-of, who and when
     * @param status a row's status as the page words it
     */
    GuidanceReport(List<Compliance> rows, String title, List<String> subtitle, Locale locale, Function<Compliance, String> status) {
        this.rows = rows;
        this.title = title;
        this.subtitle = subtitle;
        this.locale = locale;
        this.columns = List.of(
                new Column(Messages.text("guidance.subject"), c -> c.figures().getMine() == null ? c.figures().getCompany() : c.figures().getMine(), Kind.TEXT),
                new Column(Messages.text("figures.metal"), c -> c.figures().getMetal(), Kind.TEXT),
                new Column(Messages.text("guidance.unit"), c -> c.figures().getUnit(), Kind.TEXT),
                new Column(Messages.text("guidance.low"), c -> c.figures().getLow(), Kind.WHOLE),
                new Column(Messages.text("guidance.high"), c -> c.figures().getHigh(), Kind.WHOLE),
                new Column(Messages.text("guidance.actual"), c -> c.figures().getActualToDate(), Kind.WHOLE),
                new Column(Messages.text("guidance.through"), c -> Messages.text("guidance.quarterPrefix") + c.figures().getQuartersElapsed(), Kind.TEXT),
                new Column(Messages.text("guidance.proRata") + " (%)", c -> c.figures().getQuartersElapsed() == 0 ? null : c.figures().getProRataShare() * 100,
                        Kind.PERCENT),
                new Column(Messages.text("guidance.projection"), c -> c.figures().isNotReported() ? null : c.figures().getProjection(), Kind.WHOLE),
                new Column(Messages.text("guidance.required"), c -> judged(c.figures()) ? c.figures().getRequiredPerQuarter() : null, Kind.WHOLE),
                new Column(Messages.text("guidance.pace"), c -> judged(c.figures()) ? c.figures().getPace() : null, Kind.MULTIPLE),
                new Column(Messages.text("alerts.status"), status::apply, Kind.TEXT));
    }

    /** A rate for the quarters left means something only while some are left and the figures are all in. */
    private static boolean judged(GuidanceFact g) {
        return !g.isYearComplete() && !g.isNotReported();
    }

    byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.DARK_GRAY);
            for (String line : subtitle) {
                document.add(new Paragraph(line, small));
            }
            PdfPTable table = new PdfPTable(columns.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setWidths(new float[] {16, 5, 5, 9, 9, 9, 6, 7, 9, 9, 6, 10});
            table.setHeaderRows(1);
            Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
            for (Column column : columns) {
                PdfPCell cell = new PdfPCell(new Phrase(column.header(), head));
                cell.setBackgroundColor(new Color(0xe5, 0xe7, 0xeb));
                cell.setHorizontalAlignment(column.number() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (Compliance row : rows) {
                for (Column column : columns) {
                    PdfPCell cell = new PdfPCell(new Phrase(text(column, row), body));
                    cell.setHorizontalAlignment(column.number() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    // a figure is never broken over lines ("2,338,04" above "7")
                    cell.setNoWrap(column.number());
                    cell.setPadding(4);
                    table.addCell(cell);
                }
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The guidance report could not be written", e);
        }
        return out.toByteArray();
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Messages.text("guidance.title"));
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(title);
            for (String line : subtitle) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            Row headerRow = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                headerRow.createCell(i).setCellValue(columns.get(i).header());
            }
            for (Compliance row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Object value = column.value().apply(row);
                    Cell cell = line.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(column.kind() == Kind.WHOLE ? whole : decimal);
                    } else if (value != null) {
                        cell.setCellValue(SpreadsheetExports.neutralized(value.toString()));
                    }
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv() {
        StringBuilder csv = new StringBuilder();
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(quoted(c.header())));
        csv.append(String.join(",", headers)).append("\r\n");
        for (Compliance row : rows) {
            List<String> cells = new ArrayList<>();
            for (Column column : columns) {
                Object value = column.value().apply(row);
                // figures as plain numbers, readable by any program whatever the page's language
                cells.add(value == null ? "" : value instanceof Number n ? plain(n) : quoted(SpreadsheetExports.neutralized(value.toString())));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(Column column, Compliance row) {
        Object value = column.value().apply(row);
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(column.kind() == Kind.PERCENT ? 1 : column.kind() == Kind.MULTIPLE ? 2 : 0);
            format.setMinimumFractionDigits(column.kind() == Kind.MULTIPLE ? 2 : 0);
            return format.format(n.doubleValue());
        }
        return value.toString();
    }

    private static String plain(Number n) {
        double value = n.doubleValue();
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10_000) / 10_000.0);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
