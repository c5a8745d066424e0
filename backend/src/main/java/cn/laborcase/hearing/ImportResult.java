package cn.laborcase.hearing;

/** A CSV upload that was loaded: how many rows. A file with any bad row loads nothing (400 naming each row). */
public record ImportResult(int imported) {}
