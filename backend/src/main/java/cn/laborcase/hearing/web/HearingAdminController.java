package cn.laborcase.hearing.web;

import cn.laborcase.hearing.HearingRooms;
import cn.laborcase.hearing.ImportResult;
import cn.laborcase.hearing.RoomActivationRequest;
import cn.laborcase.hearing.RoomRequest;
import cn.laborcase.hearing.RoomUpdateRequest;
import cn.laborcase.hearing.StaffAvailability;
import cn.laborcase.hearing.UnavailabilityRequest;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/hearing-rooms: the rooms with their hours, equipment and closures, the staff's unavailability, a form for
 * each, editing and deactivating a room, withdrawing an unavailability entry, and the two CSV uploads (administrators
 * only, by the security chain and by the services).
 */
@Controller
@RequestMapping("/admin/hearing-rooms")
class HearingAdminController {

    private final HearingRooms rooms;
    private final StaffAvailability availability;
    private final CurrentUsers currentUsers;

    HearingAdminController(HearingRooms rooms, StaffAvailability availability, CurrentUsers currentUsers) {
        this.rooms = rooms;
        this.availability = availability;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String page(Model model) {
        return render(model);
    }

    @PostMapping("/rooms")
    String addRoom(
            @RequestParam(required = false) String officeCode,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) Boolean video,
            @RequestParam(required = false) Boolean recording,
            @RequestParam(required = false) String opensAt,
            @RequestParam(required = false) String closesAt,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(model, redirect, response, () -> {
            var room = rooms.create(
                    currentUsers.require(),
                    new RoomRequest(officeCode, name, capacity, video, recording, opensAt, closesAt, List.of()));
            return "已新增审理室「" + room.name() + "」";
        });
    }

    @PostMapping("/rooms/{id:\\d+}")
    String editRoom(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) Boolean video,
            @RequestParam(required = false) Boolean recording,
            @RequestParam(required = false) String opensAt,
            @RequestParam(required = false) String closesAt,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(model, redirect, response, () -> {
            var room = rooms.update(
                    currentUsers.require(),
                    id,
                    new RoomUpdateRequest(version, name, capacity, video, recording, opensAt, closesAt));
            return "已保存审理室「" + room.name() + "」";
        });
    }

    @PostMapping("/rooms/{id:\\d+}/activation")
    String activation(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Boolean active,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(model, redirect, response, () -> {
            var room = rooms.setActive(currentUsers.require(), id, new RoomActivationRequest(version, active));
            return (room.active() ? "已启用审理室「" : "已停用审理室「") + room.name() + "」";
        });
    }

    @PostMapping("/unavailability/{id:\\d+}/withdrawal")
    String withdraw(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(model, redirect, response, () -> {
            availability.withdraw(currentUsers.require(), id);
            return "已撤销该条不可出庭时间";
        });
    }

    @PostMapping("/unavailability")
    String addUnavailability(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(model, redirect, response, () -> {
            var u = availability.add(currentUsers.require(), new UnavailabilityRequest(username, from, to, kind, note));
            return "已登记 " + u.name() + " 的不可出庭时间（" + u.kindLabel() + "）";
        });
    }

    @PostMapping("/rooms/upload")
    String uploadRooms(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(model, redirect, response, () -> {
            ImportResult done = rooms.importCsv(currentUsers.require(), bytes(file));
            return "已导入审理室 " + done.imported() + " 个";
        });
    }

    @PostMapping("/unavailability/upload")
    String uploadUnavailability(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(model, redirect, response, () -> {
            ImportResult done = availability.importCsv(currentUsers.require(), bytes(file));
            return "已导入不可出庭时间 " + done.imported() + " 条";
        });
    }

    private String attempt(
            Model model, RedirectAttributes redirect, HttpServletResponse response, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("flashSuccess", change.get());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
            return render(model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/hearing-rooms";
    }

    private String render(Model model) {
        var user = currentUsers.require();
        model.addAttribute("rooms", rooms.list(user));
        model.addAttribute("unavailability", availability.list(user, null));
        model.addAttribute("zone", cn.laborcase.shared.BeijingTime.ZONE);
        return "hearing/admin";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
