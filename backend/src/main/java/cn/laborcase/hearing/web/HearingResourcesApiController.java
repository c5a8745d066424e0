package cn.laborcase.hearing.web;

import cn.laborcase.hearing.HearingRooms;
import cn.laborcase.hearing.ImportResult;
import cn.laborcase.hearing.RoomActivationRequest;
import cn.laborcase.hearing.RoomRequest;
import cn.laborcase.hearing.RoomUpdateRequest;
import cn.laborcase.hearing.RoomView;
import cn.laborcase.hearing.StaffAvailability;
import cn.laborcase.hearing.UnavailabilityRequest;
import cn.laborcase.hearing.UnavailabilityView;
import cn.laborcase.security.CurrentUsers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/hearings/rooms} and {@code /api/hearings/unavailability}: the rooms and the staff's unavailability, read
 * by the committee's staff, written by administrators (JSON or CSV).
 */
@RestController
@RequestMapping("/api/hearings")
class HearingResourcesApiController {

    private final HearingRooms rooms;
    private final StaffAvailability availability;
    private final CurrentUsers currentUsers;

    HearingResourcesApiController(HearingRooms rooms, StaffAvailability availability, CurrentUsers currentUsers) {
        this.rooms = rooms;
        this.availability = availability;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/rooms")
    List<RoomView> rooms() {
        return rooms.list(currentUsers.require());
    }

    @GetMapping("/rooms/{id:\\d+}")
    RoomView room(@PathVariable long id) {
        return rooms.get(currentUsers.require(), id);
    }

    @PostMapping("/rooms")
    @ResponseStatus(HttpStatus.CREATED)
    RoomView create(@RequestBody(required = false) RoomRequest request) {
        return rooms.create(currentUsers.require(), request);
    }

    @PostMapping("/rooms/{id:\\d+}")
    RoomView update(@PathVariable long id, @RequestBody(required = false) RoomUpdateRequest request) {
        return rooms.update(currentUsers.require(), id, request);
    }

    @PostMapping("/rooms/{id:\\d+}/activation")
    RoomView activation(@PathVariable long id, @RequestBody(required = false) RoomActivationRequest request) {
        return rooms.setActive(currentUsers.require(), id, request);
    }

    @PostMapping("/rooms/{id:\\d+}/closures")
    RoomView close(@PathVariable long id, @RequestBody(required = false) RoomRequest.ClosureRequest request) {
        return rooms.addClosure(currentUsers.require(), id, request);
    }

    @PostMapping(
            path = "/rooms/csv",
            consumes = {"text/csv", "text/plain"})
    ImportResult importRooms(@RequestBody(required = false) byte[] csv) {
        return rooms.importCsv(currentUsers.require(), csv);
    }

    @GetMapping("/unavailability")
    List<UnavailabilityView> unavailability(@RequestParam(required = false) String username) {
        return availability.list(currentUsers.require(), username);
    }

    @PostMapping("/unavailability")
    @ResponseStatus(HttpStatus.CREATED)
    UnavailabilityView add(@RequestBody(required = false) UnavailabilityRequest request) {
        return availability.add(currentUsers.require(), request);
    }

    @DeleteMapping("/unavailability/{id:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id) {
        availability.withdraw(currentUsers.require(), id);
    }

    @PostMapping(
            path = "/unavailability/csv",
            consumes = {"text/csv", "text/plain"})
    ImportResult importUnavailability(@RequestBody(required = false) byte[] csv) {
        return availability.importCsv(currentUsers.require(), csv);
    }
}
