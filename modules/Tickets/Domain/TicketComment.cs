namespace NodePoint.Modules.Tickets.Domain;

internal sealed class TicketComment
{
    public const int MaxText = 9_998;

    public int Id { get; private set; }
    public int TicketId { get; private set; }
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }

    public static TicketComment Create(int ticketId, string author, string text) =>
        new() { TicketId = ticketId, Author = author, Text = text, CreatedUtc = DateTime.UtcNow };
}
