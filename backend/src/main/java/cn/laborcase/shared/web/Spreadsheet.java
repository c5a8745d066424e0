package cn.laborcase.shared.web;

import cn.laborcase.shared.BeijingTime;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list exported to Excel: Chinese column headers, one row per row the search found, dates and times as real Excel
 * dates (times in Beijing time, {@code yyyy-mm-dd hh:mm}), text as text (never a formula). Written with POI's
 * streaming workbook (SXSSF), so a long export keeps only a window of rows in memory.
 *
 * <pre>
 * Spreadsheet.of("举报投诉", ComplaintSummary.class)
 *         .text("编号", ComplaintSummary::number)
 *         .time("收到时间", ComplaintSummary::receivedAt)
 *         .download("举报投诉", rows);
 * </pre>
 */
public final class Spreadsheet<T> {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int WINDOW = 200;

    private enum Kind {
        TEXT,
        NUMBER,
        DATE,
        TIME
    }

    private record Column<T>(String header, Kind kind, Function<T, ?> value) {}

    private final String sheetName;
    private final List<Column<T>> columns = new ArrayList<>();

    private Spreadsheet(String sheetName) {
        this.sheetName = sheetName;
    }

    public static <T> Spreadsheet<T> of(String sheetName, Class<T> rowType) {
        return new Spreadsheet<>(sheetName);
    }

    public Spreadsheet<T> text(String header, Function<T, String> value) {
        columns.add(new Column<>(header, Kind.TEXT, value));
        return this;
    }

    public Spreadsheet<T> number(String header, Function<T, ? extends Number> value) {
        columns.add(new Column<>(header, Kind.NUMBER, value));
        return this;
    }

    public Spreadsheet<T> date(String header, Function<T, LocalDate> value) {
        columns.add(new Column<>(header, Kind.DATE, value));
        return this;
    }

    /** An instant, shown as its Beijing date and time to the minute. */
    public Spreadsheet<T> time(String header, Function<T, Instant> value) {
        columns.add(new Column<>(header, Kind.TIME, value));
        return this;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The rows as an .xlsx download named {@code <fileName>.xlsx} (a Chinese name, RFC 6266 {@code filename*}). */
    public ResponseEntity<StreamingResponseBody> download(String fileName, List<T> rows) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> write(rows, out));
    }

    public void write(List<T> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(head);
                sheet.setColumnWidth(c, columns.get(c).kind() == Kind.TEXT ? 20 * 256 : 17 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (T row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> column = columns.get(c);
                    Object value = column.value().apply(row);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    switch (column.kind()) {
                        case TEXT -> cell.setCellValue(String.valueOf(value));
                        case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(date);
                        }
                        case TIME -> {
                            cell.setCellValue(((Instant) value)
                                    .atZone(BeijingTime.ZONE)
                                    .toLocalDateTime()
                                    .withSecond(0)
                                    .withNano(0));
                            cell.setCellStyle(time);
                        }
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
