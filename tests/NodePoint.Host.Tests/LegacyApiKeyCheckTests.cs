using NodePoint.Host.LegacyApi;
using Shouldly;

namespace NodePoint.Host.Tests;

public class LegacyApiKeyCheckTests
{
    [Theory]
    [InlineData("ReadKey0123456789abcdef", "ReadKey0123456789abcdef", true)]
    [InlineData("readkey0123456789abcdef", "ReadKey0123456789abcdef", false)]
    [InlineData("ReadKey0123456789abcde", "ReadKey0123456789abcdef", false)]
    [InlineData("", "ReadKey0123456789abcdef", false)]
    [InlineData("", "", false)] // an unset key never matches, not even an empty one
    [InlineData("anything", "", false)]
    public void Keys_match_exactly_and_an_unset_key_never(string given, string configured, bool matches) =>
        LegacyApiKeyCheck.Matches(given, configured).ShouldBe(matches);
}
