namespace NodePoint.Modules.Tickets.Domain;

/// <summary>A comment on a ticket; its author may edit it, level 5 may delete it. Attachments hang on it.</summary>
internal sealed class TicketComment
{
    public const int MaxText = 9_998;

    public int Id { get; private set; }
    public int TicketId { get; private set; }
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime? ModifiedUtc { get; private set; }

    public static TicketComment Create(int ticketId, string author, string text) =>
        new() { TicketId = ticketId, Author = author, Text = text, CreatedUtc = DateTime.UtcNow };

    public bool IsBy(string userName) => string.Equals(Author, userName, StringComparison.OrdinalIgnoreCase);

    public void Rewrite(string text)
    {
        Text = text;
        ModifiedUtc = DateTime.UtcNow;
    }
}
