namespace NodePoint.Modules.Tickets.Data;

/// <summary>
/// The full-text index: one FTS5 row per ticket (rowid = ticket id) holding its title, description and all its
/// comments, kept current by triggers so every writer (pages, API, seeding) indexes the same way.
/// </summary>
internal static class TicketSearchIndex
{
    public const string Table = "tickets_fts";

    private const string AllComments = "(SELECT coalesce(group_concat(Text, char(10)), '') FROM tickets_comment WHERE TicketId = {0})";

    public static readonly string Create = $"""
        CREATE VIRTUAL TABLE {Table} USING fts5(title, description, comments, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO {Table}(rowid, title, description, comments)
            SELECT t.Id, t.Title, t.Description, {string.Format(AllComments, "t.Id")} FROM tickets_ticket t;
        CREATE TRIGGER tickets_fts_ticket_insert AFTER INSERT ON tickets_ticket BEGIN
            INSERT INTO {Table}(rowid, title, description, comments) VALUES (new.Id, new.Title, new.Description, '');
        END;
        CREATE TRIGGER tickets_fts_ticket_update AFTER UPDATE OF Title, Description ON tickets_ticket BEGIN
            UPDATE {Table} SET title = new.Title, description = new.Description WHERE rowid = new.Id;
        END;
        CREATE TRIGGER tickets_fts_ticket_delete AFTER DELETE ON tickets_ticket BEGIN
            DELETE FROM {Table} WHERE rowid = old.Id;
        END;
        CREATE TRIGGER tickets_fts_comment_insert AFTER INSERT ON tickets_comment BEGIN
            UPDATE {Table} SET comments = {string.Format(AllComments, "new.TicketId")} WHERE rowid = new.TicketId;
        END;
        CREATE TRIGGER tickets_fts_comment_update AFTER UPDATE OF Text ON tickets_comment BEGIN
            UPDATE {Table} SET comments = {string.Format(AllComments, "new.TicketId")} WHERE rowid = new.TicketId;
        END;
        CREATE TRIGGER tickets_fts_comment_delete AFTER DELETE ON tickets_comment BEGIN
            UPDATE {Table} SET comments = {string.Format(AllComments, "old.TicketId")} WHERE rowid = old.TicketId;
        END;
        """;

    public static readonly string Drop = $"""
        DROP TRIGGER IF EXISTS tickets_fts_ticket_insert;
        DROP TRIGGER IF EXISTS tickets_fts_ticket_update;
        DROP TRIGGER IF EXISTS tickets_fts_ticket_delete;
        DROP TRIGGER IF EXISTS tickets_fts_comment_insert;
        DROP TRIGGER IF EXISTS tickets_fts_comment_update;
        DROP TRIGGER IF EXISTS tickets_fts_comment_delete;
        DROP TABLE IF EXISTS {Table};
        """;
}
