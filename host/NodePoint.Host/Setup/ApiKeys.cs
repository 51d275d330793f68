using System.Security.Cryptography;

namespace NodePoint.Host.Setup;

/// <summary>Fresh API keys: 32 letters and digits from a cryptographic generator.</summary>
internal static class ApiKeys
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 32);
}
