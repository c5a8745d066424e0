package cn.laborcase.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a registration.
 *
 * @param id the complaint the registration belongs to: the new one, or the open one it was merged into
 * @param number that complaint's number
 * @param registrationId this registration's own row (equals {@code id} unless merged)
 * @param acceptanceDueDate the last day to accept or refuse (25号令 §18); null once decided
 * @param merged the registration joined an open complaint about the same employer and matter
 * @param existingNumber the number of that complaint, when merged
 * @param warnings what the clerk should know but does not stop the registration (e.g. 条例 §20)
 * @param notice a note for the sender: e.g. that it was merged into a complaint of another office he may not see, so
 *     its id and number are withheld ({@code id} is then his own registration)
 */
public record Registration(
        long id,
        String number,
        long registrationId,
        ComplaintStatus status,
        LocalDate acceptanceDueDate,
        boolean merged,
        String existingNumber,
        Route route,
        List<String> warnings,
        String notice) {

    static final String MERGED_ELSEWHERE = "已并入他局正在办理的投诉，编号不予显示";
}
