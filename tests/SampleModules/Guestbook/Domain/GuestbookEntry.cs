namespace NodePoint.Modules.Guestbook.Domain;

internal sealed class GuestbookEntry
{
    public const int MaxAuthor = 40;
    public const int MaxMessage = 500;

    public int Id { get; private set; }
    public string Author { get; private set; } = "";
    public string Message { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    public static GuestbookEntry Create(string author, string message) =>
        new() { Author = author, Message = message, AtUtc = DateTime.UtcNow };
}
