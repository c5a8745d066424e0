package cn.laborcase.benchmarks;

import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.render.DocumentFonts;
import cn.laborcase.documents.render.DocumentTemplates;
import cn.laborcase.documents.render.PdfRenderer;
import cn.laborcase.documents.render.RenderedPdf;
import cn.laborcase.intake.IntakeDocumentTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Warm latency (p50/p95), throughput and size of a two-page notice (受理通知书 with a long statement of facts,
 * about 1,800 Chinese characters) through the full pipeline the application uses (Thymeleaf template → XHTML →
 * openhtmltopdf layout → PDFBox with the shared, once-parsed fonts embedded as subsets), beside raw PDFBox drawing
 * the same text with the same font. Prints figures; asserts nothing (docs/benchmarks.md).
 *
 * <p>Arguments: threads (default 2), seconds per configuration (default 20), split into three rounds.
 */
public final class DocumentBenchmark {

    private static final String TEMPLATE = "intake/acceptance-notice";
    private static final int ROUNDS = 3;
    private static final String SANS_BODY = "<style type=\"text/css\">html { font-family: 'Noto Sans SC'; }</style>";

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "JVM %s, %d cores, max heap %d MB, %d threads, %d s per measurement%n",
                System.getProperty("java.version"),
                rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024),
                threads,
                seconds);

        System.out.println("load average before: " + loadAverage());
        long t0 = System.nanoTime();
        ClassLoader loader = DocumentBenchmark.class.getClassLoader();
        DocumentFonts fonts = DocumentFonts.load(loader);
        DocumentTemplates templates = new DocumentTemplates(loader);
        PdfRenderer renderer = new PdfRenderer(fonts, templates);
        System.out.printf(
                Locale.ROOT, "fonts parsed once: %d ms (%s)%n", (System.nanoTime() - t0) / 1_000_000, fonts.describe());

        Map<String, Object> model = model();
        Supplier<RenderedPdf> pipeline =
                () -> renderer.render(templates.process(TEMPLATE, model), templates.baseUri(), TEMPLATE, "受理通知书");
        // the same document with its body in the sans face (黑体-like) instead of the serif (宋体-like): the size
        // of a CJK document is mostly glyph outlines, and the serif's are about 1.4 times heavier
        Supplier<RenderedPdf> sansBody = () -> renderer.render(
                templates.process(TEMPLATE, model).replace("</head>", SANS_BODY + "</head>"),
                templates.baseUri(),
                TEMPLATE,
                "受理通知书");
        RawPdfBox raw = new RawPdfBox(fonts.font(DocumentFonts.SERIF, 400), text(model));

        long first = System.nanoTime();
        RenderedPdf sample = pipeline.get();
        System.out.printf(Locale.ROOT, "first document (cold): %d ms%n", (System.nanoTime() - first) / 1_000_000);
        System.out.printf(
                Locale.ROOT,
                "template pipeline: %d pages, %.1f KB per document%n",
                sample.pages(),
                sample.bytes().length / 1024.0);
        RenderedPdf sansSample = sansBody.get();
        System.out.printf(
                Locale.ROOT,
                "sans body variant: %d pages, %.1f KB per document%n",
                sansSample.pages(),
                sansSample.bytes().length / 1024.0);
        RenderedPdf rawSample = raw.render();
        System.out.printf(
                Locale.ROOT,
                "raw PDFBox:        %d pages, %.1f KB per document%n",
                rawSample.pages(),
                rawSample.bytes().length / 1024.0);

        // warm up on the threads that will be measured: the JIT compiles while both cores are busy
        measure(pipeline, threads, Math.max(5, seconds / 2));
        measure(sansBody, threads, Math.max(3, seconds / 4));
        measure(raw::render, threads, Math.max(3, seconds / 4));
        System.out.println("warmed up");

        // the machine may be shared: the configurations take turns, ROUNDS times, and each reports its median round
        List<String> names = List.of(
                "template → openhtmltopdf → PDFBox (as shipped: serif body)",
                "the same, one thread",
                "the same with the body in Noto Sans SC",
                "raw PDFBox drawing the same text, serif");
        List<Supplier<RenderedPdf>> works = List.of(pipeline, pipeline, sansBody, raw::render);
        int[] threadCounts = {threads, 1, threads, threads};
        List<List<Result>> rounds = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            rounds.add(new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < works.size(); i++) {
                rounds.get(i).add(measure(works.get(i), threadCounts[i], Math.max(1, seconds / ROUNDS)));
            }
        }
        System.out.println();
        System.out.println(
                "| pipeline | threads | p50 ms | p95 ms | p99 ms | max ms | documents/s | KB/document | p50 of each round |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < works.size(); i++) {
            List<Result> results = new ArrayList<>(rounds.get(i));
            String each = results.stream()
                    .map(r -> String.format(Locale.ROOT, "%.1f", r.percentile(50)))
                    .collect(java.util.stream.Collectors.joining(" / "));
            results.sort(java.util.Comparator.comparingDouble(r -> r.percentile(50)));
            results.get(results.size() / 2).print(names.get(i), threadCounts[i], each);
        }
        System.out.printf(
                Locale.ROOT,
                "%nheap after run: %d MB used of %d MB; process resident memory is larger (metaspace, code, buffers)%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024),
                rt.maxMemory() / (1024 * 1024));
        System.out.printf(
                Locale.ROOT,
                "load average after: %s; targets (issue 4): p50 <= 20 ms, p95 <= 100 ms, <= 50 KB per document;"
                        + " GC time %d ms%n",
                loadAverage(),
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(g -> g.getCollectionTime())
                        .sum());
    }

    /** Linux's run-queue averages (1, 5, 15 min): on a shared machine they say how much the figures can be trusted. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Result measure(Supplier<RenderedPdf> work, int threads, int seconds) throws InterruptedException {
        List<long[]> perThread = new ArrayList<>();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        long[] counts = new long[threads];
        long durationNanos = seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[1_000_000];
            perThread.add(latencies);
            int index = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = System.nanoTime() + durationNanos;
                int n = 0;
                while (System.nanoTime() < end && n < latencies.length) {
                    long a = System.nanoTime();
                    RenderedPdf pdf = work.get();
                    latencies[n++] = System.nanoTime() - a;
                    bytes.addAndGet(pdf.bytes().length);
                }
                counts[index] = n;
            });
            workers.add(worker);
            worker.start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - began;
        int total = (int) Arrays.stream(counts).sum();
        long[] all = new long[total];
        int pos = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, pos, (int) counts[t]);
            pos += (int) counts[t];
        }
        Arrays.sort(all);
        return new Result(all, elapsed, bytes.get());
    }

    private record Result(long[] sorted, long elapsedNanos, long bytes) {

        double percentile(double p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
        }

        void print(String name, int threads, String rounds) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %.1f | %s |%n",
                    name,
                    threads,
                    percentile(50),
                    percentile(95),
                    percentile(99),
                    sorted[sorted.length - 1] / 1e6,
                    sorted.length / (elapsedNanos / 1e9),
                    bytes / 1024.0 / sorted.length,
                    rounds);
        }
    }

    /** What DocumentComposer gives the template: the letterhead, the fields for display, the paragraphs. */
    private static Map<String, Object> model() {
        DocumentType type = new IntakeDocumentTypes()
                .documentTypes().stream()
                        .filter(t -> t.code().equals(IntakeDocumentTypes.ACCEPTANCE_NOTICE))
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> doc = new HashMap<>();
        doc.put("typeName", type.name());
        doc.put("issuer", "示范市东湖区劳动保障监察大队");
        doc.put("mastheadSize", "28pt");
        doc.put("number", "东湖劳监受字〔2026〕128号");
        doc.put("draft", false);
        doc.put("code", "7K3M9QX2B4TW");
        doc.put("verifyUrl", "https://laborcase.example.cn/verify/7K3M9QX2B4TW");
        doc.put("issuedOn", "2026年3月5日");
        doc.put("revision", 1);
        doc.put("supersedes", null);
        doc.put("watermark", "草稿 预览");
        Map<String, Object> f = new HashMap<>();
        type.fields().forEach(field -> f.put(field.name(), null));
        f.putAll(type.sample());
        f.put("complaintDate", "2026年3月2日");
        List<String> facts = List.of(
                "你称于2024年5月入职被投诉单位，从事数控车床操作工作，双方签订了为期三年的书面劳动合同，约定月工资6500元，"
                        + "每月15日前以银行转账方式发放上月工资；被投诉单位实行标准工时制度，每周工作五天，每天工作八小时。",
                "自2025年11月起，被投诉单位以订单减少、资金周转困难为由，未按约定支付工资，至你投诉之日止，拖欠你2025年11月至"
                        + "2026年1月工资共计19500元。你多次向被投诉单位行政经理和法定代表人催要，对方口头承诺春节前结清，但未兑现。",
                "本机关已对上述材料进行登记，并将依法核查被投诉单位的工资支付台账、考勤记录、劳动合同签订和社会保险缴费等情况；" + "必要时，将询问有关人员，调取有关材料，并可依法采取先行登记保存等措施。");
        f.put("facts", String.join("\n", facts));
        Map<String, Object> paras = new HashMap<>();
        type.fields().forEach(field -> paras.put(field.name(), List.of()));
        paras.put("facts", facts);
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("f", f);
        model.put("paras", paras);
        return model;
    }

    /** The visible text of the notice, for the raw PDFBox baseline. */
    @SuppressWarnings("unchecked")
    private static List<String> text(Map<String, Object> model) {
        Map<String, Object> f = (Map<String, Object>) model.get("f");
        List<String> lines = new ArrayList<>();
        lines.add("示范市东湖区劳动保障监察大队");
        lines.add("东湖劳监受字〔2026〕128号");
        lines.add("受理通知书");
        lines.add(f.get("complainantName") + "：");
        lines.add("你于" + f.get("complaintDate") + "向本机关投诉" + f.get("respondentName") + f.get("matter") + "一案，本机关已收悉。");
        lines.addAll((List<String>) ((Map<String, Object>) model.get("paras")).get("facts"));
        lines.add("经审查，你的投诉属于劳动保障监察职权范围并由本机关管辖，违反劳动保障法律的行为发生在二年内，有明确的被投诉用人"
                + "单位，且你的合法权益受到侵害是被投诉用人单位的行为所造成，符合受理条件。依据《劳动保障监察条例》第九条和《关于"
                + "实施〈劳动保障监察条例〉若干规定》第十八条第一款的规定，本机关决定予以受理，并于受理之日立案查处。");
        lines.add("依据《劳动保障监察条例》第十七条的规定，本机关将自立案之日起六十个工作日内完成调查；情况复杂的，经本机关负责人"
                + "批准，可以延长三十个工作日。调查期间，请你如实提供与投诉事项有关的证据材料，保持通讯畅通，配合调查。");
        lines.add("承办人：" + f.get("handler") + "　联系电话：" + f.get("handlerPhone"));
        lines.add("联系地址：" + f.get("handlerAddress"));
        lines.add("示范市东湖区劳动保障监察大队");
        lines.add("2026年3月5日");
        return lines;
    }

    /** The same text drawn directly with PDFBox: A4, 16 pt, the 156 mm 版心, one font, no layout engine. */
    private static final class RawPdfBox {

        private static final float SIZE = 16;
        private static final float LEADING = 28.9f;
        private static final float LEFT = 28 / 25.4f * 72;
        private static final float WIDTH = 156 / 25.4f * 72;
        private static final float TOP = PDRectangle.A4.getHeight() - 37 / 25.4f * 72;
        private static final float BOTTOM = 35 / 25.4f * 72;

        private final TrueTypeFont ttf;
        private final List<String> paragraphs;

        RawPdfBox(TrueTypeFont ttf, List<String> paragraphs) {
            this.ttf = ttf;
            this.paragraphs = paragraphs;
        }

        RenderedPdf render() {
            try (PDDocument document = new PDDocument();
                    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
                PDType0Font font = PDType0Font.load(document, ttf, true);
                PDPage page = null;
                PDPageContentStream stream = null;
                float y = 0;
                for (String paragraph : paragraphs) {
                    for (String line : wrap(font, "　　" + paragraph)) {
                        if (stream == null || y < BOTTOM) {
                            if (stream != null) {
                                stream.close();
                            }
                            page = new PDPage(PDRectangle.A4);
                            document.addPage(page);
                            stream = new PDPageContentStream(document, page);
                            y = TOP;
                        }
                        stream.beginText();
                        stream.setFont(font, SIZE);
                        stream.newLineAtOffset(LEFT, y);
                        stream.showText(line);
                        stream.endText();
                        y -= LEADING;
                    }
                }
                if (stream != null) {
                    stream.close();
                }
                int pages = document.getNumberOfPages();
                document.save(out);
                return new RenderedPdf(out.toByteArray(), pages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> wrap(PDType0Font font, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * SIZE;
                if (width + w > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                    width = 0;
                }
                line.append(ch);
                width += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
