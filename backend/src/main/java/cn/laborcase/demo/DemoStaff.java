package cn.laborcase.demo;

import static cn.laborcase.organization.Role.ADMIN;
import static cn.laborcase.organization.Role.ARBITRATOR;
import static cn.laborcase.organization.Role.BUREAU_LEADER;
import static cn.laborcase.organization.Role.COMMITTEE_DIRECTOR;
import static cn.laborcase.organization.Role.GRID_ASSISTANT;
import static cn.laborcase.organization.Role.HEARING_CLERK;
import static cn.laborcase.organization.Role.INSPECTOR;
import static cn.laborcase.organization.Role.INTAKE_CLERK;
import static cn.laborcase.organization.Role.MEDIATOR;
import static cn.laborcase.organization.Role.SECTION_LEADER;

import cn.laborcase.organization.Role;
import java.util.List;
import java.util.Set;

/** The demo staff, one or more per role. Usernames are listed in the README. */
record DemoStaff(String username, String name, String office, String title, String phone, Set<Role> roles) {

    static final List<DemoStaff> ALL = List.of(
            new DemoStaff("admin", "系统管理员", "C0", "信息科", "0571-80000001", Set.of(ADMIN)),
            new DemoStaff("chief", "刘建国", "C0", "局长", "0571-80000002", Set.of(BUREAU_LEADER)),
            new DemoStaff("leader1", "李明", "D1", "监察一科科长", "0571-80000011", Set.of(SECTION_LEADER)),
            new DemoStaff("leader2", "王刚", "D2", "监察二科科长", "0571-80000012", Set.of(SECTION_LEADER)),
            new DemoStaff("clerk1", "王芳", "D1", "受理窗口", "0571-80000021", Set.of(INTAKE_CLERK)),
            new DemoStaff("clerk2", "孙丽", "D2", "受理窗口", "0571-80000022", Set.of(INTAKE_CLERK)),
            new DemoStaff("inspector1", "张伟", "D1", "监察员", "0571-80000031", Set.of(INSPECTOR)),
            new DemoStaff("inspector2", "刘洋", "D1", "监察员", "0571-80000032", Set.of(INSPECTOR)),
            new DemoStaff("inspector3", "陈静", "D1", "监察员", "0571-80000033", Set.of(INSPECTOR)),
            new DemoStaff("inspector4", "赵磊", "D2", "监察员", "0571-80000034", Set.of(INSPECTOR)),
            new DemoStaff("inspector5", "周敏", "D2", "监察员", "0571-80000035", Set.of(INSPECTOR)),
            new DemoStaff("inspector6", "吴军", "D2", "监察员", "0571-80000036", Set.of(INSPECTOR)),
            new DemoStaff("assistant1", "郑强", "D1", "网格协管员", "0571-80000041", Set.of(GRID_ASSISTANT)),
            new DemoStaff("assistant2", "黄丽", "D1", "网格协管员", "0571-80000042", Set.of(GRID_ASSISTANT)),
            new DemoStaff("assistant3", "何平", "D1", "网格协管员", "0571-80000043", Set.of(GRID_ASSISTANT)),
            new DemoStaff("assistant4", "马超", "D2", "网格协管员", "0571-80000044", Set.of(GRID_ASSISTANT)),
            new DemoStaff("assistant5", "罗琳", "D2", "网格协管员", "0571-80000045", Set.of(GRID_ASSISTANT)),
            new DemoStaff("assistant6", "高峰", "D2", "网格协管员", "0571-80000046", Set.of(GRID_ASSISTANT)),
            new DemoStaff("mediator", "杨洁", "A1", "调解员", "0571-80000051", Set.of(MEDIATOR)),
            new DemoStaff("arbitrator1", "周正", "A1", "仲裁员", "0571-80000061", Set.of(ARBITRATOR)),
            new DemoStaff("arbitrator2", "徐静", "A1", "仲裁员", "0571-80000062", Set.of(ARBITRATOR)),
            new DemoStaff("hearingclerk", "林晓", "A1", "书记员", "0571-80000071", Set.of(HEARING_CLERK)),
            new DemoStaff("director", "郭志远", "A1", "仲裁委主任", "0571-80000081", Set.of(COMMITTEE_DIRECTOR)));
}
