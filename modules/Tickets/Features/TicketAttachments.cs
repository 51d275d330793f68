using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Files attached to comments: allowed from the "Upload level" on, when an upload folder is set, within the size
/// limit and the allowed extensions. Stored under random names; the original name is kept only as the download name.
/// </summary>
internal sealed class TicketAttachments(TicketsDbContext db, IUploadStore uploads, ISettings settings, ICurrentUser user, TicketVisibility visibility)
{
    public bool MayUpload => uploads.IsEnabled && user.IsAuthenticated && user.Level >= (AccessLevel)settings.GetInt("upload_lvl");

    /// <summary>Null when <paramref name="file"/> may be stored; otherwise the reason, naming the file.</summary>
    public string? Check(IFormFile file)
    {
        if (!MayUpload)
            return "You may not attach files here.";
        var name = DisplayName(file.FileName);
        if (name.Length == 0)
            return "The attached file has no name.";
        if (file.Length == 0)
            return $"The file {name} is empty.";
        if (file.Length > uploads.MaxBytes)
            return $"The file {name} is larger than the limit of {uploads.MaxBytes:N0} bytes.";
        return uploads.CheckExtension(name);
    }

    /// <summary>Stores a checked file and records it against the comment (saved with the caller's next SaveChanges).</summary>
    public async Task<TicketAttachment> StoreAsync(TicketComment comment, IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var stored = await uploads.SaveAsync(content, cancellationToken);
        var attachment = TicketAttachment.Create(comment.TicketId, comment.Id, stored, DisplayName(file.FileName), file.Length, user.Name);
        db.Attachments.Add(attachment);
        return attachment;
    }

    /// <summary>
    /// An attachment of a ticket the visitor may see, opened for download, or null. The caller sends it with
    /// <see cref="MarkAsDownload"/> as <c>application/octet-stream</c> under its original name.
    /// </summary>
    public async Task<(TicketAttachment Attachment, Stream Content)?> OpenVisibleAsync(int ticketId, int attachmentId, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
        var attachment = ticket is null || !visibility.CanSee(ticket)
            ? null
            : await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.TicketId == ticketId, cancellationToken);
        return attachment is not null && uploads.OpenRead(attachment.StoredName) is { } content ? (attachment, content) : null;
    }

    /// <summary>What keeps a browser from ever rendering an attachment: no type sniffing, and a sandbox if it tried.</summary>
    public static void MarkAsDownload(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
    }

    public void Remove(TicketAttachment attachment) => uploads.Delete(attachment.StoredName);

    /// <summary>The last path segment of a browser-sent name, without control characters, at most 100 characters.</summary>
    public static string DisplayName(string submitted)
    {
        var name = submitted.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length <= TicketAttachment.MaxFileName ? name : name[..TicketAttachment.MaxFileName];
    }
}
