namespace NodePoint.Modules.Tickets.Domain;

/// <summary>
/// A file attached to a comment (or uploaded through a custom form, which files it as a comment). The bytes live in
/// the upload folder under a random name; the original name is kept here and only ever sent as a download name.
/// </summary>
internal sealed class TicketAttachment
{
    public const int MaxFileName = 100;

    public int Id { get; private set; }
    public int TicketId { get; private set; }
    public int CommentId { get; private set; }
    public string StoredName { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedUtc { get; private set; }

    public static TicketAttachment Create(int ticketId, int commentId, string storedName, string fileName, long size, string uploadedBy) => new()
    {
        TicketId = ticketId, CommentId = commentId, StoredName = storedName, FileName = fileName, Size = size,
        UploadedBy = uploadedBy, UploadedUtc = DateTime.UtcNow,
    };
}
