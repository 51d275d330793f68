namespace NodePoint.Modules.Projects.Features;

/// <summary>Project images are PNG, JPEG or GIF, judged by their first bytes, never by what the browser claims.</summary>
internal static class ProjectImage
{
    public static string? ContentType(ReadOnlySpan<byte> head) =>
        head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) ? "image/gif"
        : null;
}
