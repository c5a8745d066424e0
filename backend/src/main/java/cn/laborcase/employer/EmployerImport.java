package cn.laborcase.employer;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.employer.persistence.EmployerMapper;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV of employers (UTF-8, a byte-order mark tolerated, header {@link #HEADER}) with a per-row report.
 * Every row is checked first (credit code, name, grid or its placement from the address, the user's right to that
 * grid, employee count, printable text, duplicates in the file and in the registry); then the good rows are written
 * in one transaction: all of them or, on a failure, none (a crash never leaves half an import behind; the import can
 * simply be run again). A file or a row count above the limits is refused as a whole (400 naming the file).
 */
@Service
public class EmployerImport {

    public static final String HEADER =
            "creditCode,name,address,district,gridCode,legalRepresentative,industry,employeeCount";
    private static final int COLUMNS = 8;

    private final EmployerChanges changes;
    private final EmployerAccess access;
    private final EmployerMapper employers;
    private final AuditJournal audit;
    private final int maxBytes;
    private final int maxRows;

    EmployerImport(
            EmployerChanges changes,
            EmployerAccess access,
            EmployerMapper employers,
            AuditJournal audit,
            @Value("${laborcase.employer.import.max-bytes:2097152}") int maxBytes,
            @Value("${laborcase.employer.import.max-rows:5000}") int maxRows) {
        this.changes = changes;
        this.access = access;
        this.employers = employers;
        this.audit = audit;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The largest file, in bytes, for the import page of someone who may import; 403 for others. */
    public int maxBytesFor(CurrentUser user) {
        requireRight(user);
        return maxBytes;
    }

    private void requireRight(CurrentUser user) {
        if (!access.canImport(user)) {
            throw new ForbiddenException("EMPLOYER_IMPORT_FORBIDDEN", "只有系统管理员和领导可以导入用人单位名录");
        }
    }

    /** Imports the file for administrators and leaders (403 for others); the report of every row refused. */
    @Transactional
    public ImportReport importCsv(CurrentUser user, byte[] file) {
        requireRight(user);
        List<List<String>> rows = parse(file);
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Good> good = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            int rowNumber = i + 1;
            List<String> cells = rows.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue; // an empty line
            }
            if (cells.size() != COLUMNS) {
                rejected.add(
                        new ImportReport.Rejection(rowNumber, "row", "应有 " + COLUMNS + " 列，实际 " + cells.size() + " 列"));
                continue;
            }
            NewEmployerRequest request = new NewEmployerRequest(
                    cells.get(0),
                    cells.get(1),
                    cells.get(2),
                    cells.get(3),
                    cells.get(4),
                    cells.get(5),
                    cells.get(6),
                    cells.get(7));
            EmployerChanges.Checked checked = changes.check(request);
            List<FieldProblem> problems = new ArrayList<>(checked.problems());
            if (problems.stream().noneMatch(p -> p.field().equals("creditCode"))) {
                Integer first = seen.putIfAbsent(checked.creditCode(), rowNumber);
                if (first != null) {
                    problems.add(new FieldProblem("creditCode", "Duplicate", "与第 " + first + " 行的统一社会信用代码重复"));
                } else if (employers.findByCreditCode(checked.creditCode()).isPresent()) {
                    problems.add(new FieldProblem("creditCode", "Duplicate", "该统一社会信用代码已登记"));
                }
            }
            if (checked.grid() != null
                    && !access.canRegisterIn(
                            user, checked.grid().gridCode(), checked.grid().officeCode())) {
                problems.add(new FieldProblem(
                        "gridCode", "Forbidden", "无权在" + checked.grid().gridName() + "登记用人单位"));
            }
            if (problems.isEmpty()) {
                good.add(new Good(request, checked));
            } else {
                problems.forEach(p -> rejected.add(new ImportReport.Rejection(rowNumber, p.field(), p.message())));
            }
        }
        for (Good g : good) {
            changes.insert(user, g.request(), g.checked(), "导入用人单位");
        }
        audit.record(
                "EMPLOYERS_IMPORTED",
                EmployerChanges.TARGET,
                "-",
                user.displayName() + " 导入用人单位名录：登记 " + good.size() + " 户，拒绝 "
                        + rejected.stream()
                                .map(ImportReport.Rejection::row)
                                .distinct()
                                .count() + " 行");
        return new ImportReport(good.size(), rejected);
    }

    private record Good(NewEmployerRequest request, EmployerChanges.Checked checked) {}

    /** The file as rows of cells (RFC 4180 quoting), the header checked; 400 naming the file for what is wrong. */
    List<List<String>> parse(byte[] file) {
        if (file == null || file.length == 0) {
            throw problem("Required", "文件为空，请选择 CSV 文件");
        }
        if (file.length > maxBytes) {
            throw problem("Size", "文件过大：最大 " + (maxBytes / 1024) + " KB，请分批导入");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw problem("Encoding", "文件不是 UTF-8 编码，请另存为“CSV UTF-8”后重试");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = rows(text);
        if (rows.isEmpty()
                || !String.join(",", rows.get(0).stream().map(String::strip).toList())
                        .equals(HEADER)) {
            throw problem("Header", "第 1 行应为表头：" + HEADER);
        }
        if (rows.size() - 1 > maxRows) {
            throw problem("Size", "行数过多：最多 " + maxRows + " 行，请分批导入");
        }
        return rows;
    }

    private static InvalidInputException problem(String code, String message) {
        return new InvalidInputException("file", code, message);
    }

    /** Splits RFC 4180 text: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
