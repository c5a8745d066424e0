package cn.laborcase.workflow;

/**
 * A page of the inbox.
 *
 * @param filter which tasks: all I may work, mine, my groups' unclaimed ones, or overdue ones
 * @param processKey only tasks of this process (blank: all)
 * @param sort a whitelisted order
 */
public record InboxQuery(Filter filter, String processKey, Sort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public InboxQuery {
        filter = filter == null ? Filter.ALL : filter;
        sort = sort == null ? Sort.DUE_ASC : sort;
        processKey = processKey == null || processKey.isBlank() ? null : processKey;
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 100);
    }

    public int offset() {
        return page * size;
    }

    public enum Filter {
        ALL("全部待办"),
        MINE("我的任务"),
        GROUPS("待签收"),
        OVERDUE("已超期");

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Sort {
        DUE_ASC("到期时间 ↑"),
        DUE_DESC("到期时间 ↓"),
        CREATED_DESC("创建时间（最新）"),
        PRIORITY_DESC("优先级");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
