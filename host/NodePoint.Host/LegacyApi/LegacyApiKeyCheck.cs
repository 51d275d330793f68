using System.Security.Cryptography;
using System.Text;

namespace NodePoint.Host.LegacyApi;

/// <summary>Compares a given API key with the configured one in constant time; an unset key never matches.</summary>
internal static class LegacyApiKeyCheck
{
    public static bool Matches(string given, string configured)
    {
        if (configured.Length == 0)
            return false;
        // Hashing first gives both sides one length, so not even the key's length leaks through timing.
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
