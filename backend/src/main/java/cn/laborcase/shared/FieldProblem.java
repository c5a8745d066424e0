package cn.laborcase.shared;

/** One wrong field: its name in the request, a stable code, and a message in words a clerk understands. */
public record FieldProblem(String field, String code, String message) {}
