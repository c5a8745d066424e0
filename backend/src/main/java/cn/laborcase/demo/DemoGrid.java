package cn.laborcase.demo;

import java.util.List;

/** The six demo grids: responsible inspector, his partner (inspectors act in pairs, 条例 §16) and the assistant. */
record DemoGrid(
        String code,
        String name,
        String office,
        String district,
        String street,
        String area,
        String responsible,
        String partner,
        String assistant) {

    static final List<DemoGrid> ALL = List.of(
            new DemoGrid("G01", "东湖街道网格", "D1", "东湖区", "湖东路", "东湖街道全域", "inspector1", "inspector2", "assistant1"),
            new DemoGrid("G02", "湖滨街道网格", "D1", "东湖区", "湖滨大道", "湖滨街道全域", "inspector2", "inspector3", "assistant2"),
            new DemoGrid("G03", "东湖高新园网格", "D1", "东湖区", "高新三路", "东湖高新技术产业园", "inspector3", "inspector1", "assistant3"),
            new DemoGrid("G04", "西山街道网格", "D2", "西山区", "西山路", "西山街道全域", "inspector4", "inspector5", "assistant4"),
            new DemoGrid("G05", "金山街道网格", "D2", "西山区", "金山大道", "金山街道全域", "inspector5", "inspector6", "assistant5"),
            new DemoGrid(
                    "G06", "西山工业园网格", "D2", "西山区", "工业园二路", "西山工业园区及周边建筑工地", "inspector6", "inspector4", "assistant6"));
}
