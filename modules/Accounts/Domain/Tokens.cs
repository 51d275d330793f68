using System.Security.Cryptography;
using System.Text;

namespace NodePoint.Modules.Accounts.Domain;

/// <summary>Random codes for mails (confirmation, password reset) and session stamps; only their SHA-256 is stored.</summary>
internal static class Tokens
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string NewCode(int length = 16) => RandomNumberGenerator.GetString(Alphabet, length);

    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    public static bool Matches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));
}
