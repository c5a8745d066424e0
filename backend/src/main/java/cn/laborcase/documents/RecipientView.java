package cn.laborcase.documents;

/** A recipient as stored, with its id (service records refer to it). */
public record RecipientView(long id, String name, String role, String address, String email) {}
