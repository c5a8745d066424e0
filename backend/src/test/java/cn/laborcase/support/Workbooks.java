package cn.laborcase.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An exported .xlsx read back with POI: its first sheet as rows of cell texts (dates as yyyy-MM-dd[ HH:mm]). */
public final class Workbooks {

    private Workbooks() {}

    public static List<List<String>> rows(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the cell holds a real Excel date (a number with a date format), not text that looks like one. */
    public static boolean isDate(byte[] xlsx, int row, int column) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell cell = workbook.getSheetAt(0).getRow(row).getCell(column);
            return cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            var time = cell.getLocalDateTimeCellValue();
            return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                            && !cell.getCellStyle().getDataFormatString().contains("h")
                    ? time.toLocalDate().toString()
                    : time.toLocalDate() + " " + String.format("%02d:%02d", time.getHour(), time.getMinute());
        }
        return formatter.formatCellValue(cell);
    }
}
