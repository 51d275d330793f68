using NodePoint.Abstractions.LegacyApi;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>The original's lenient reading of integers and names, which every call relies on.</summary>
public class LegacyApiTextTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("2.75", 2)]
    [InlineData("-3.9", -3)]
    [InlineData("1e3", 1000)]
    [InlineData(" 7 ", 7)]
    [InlineData("+5", 5)]
    [InlineData("12abc", 0)]
    [InlineData("abc", 0)]
    [InlineData("0x10", 0)]
    [InlineData("", 0)]
    [InlineData("Infinity", 0)]
    [InlineData("1e30", long.MaxValue)]
    public void Integers_are_read_like_perls_int(string text, long expected) => LegacyApiText.ToInteger(text).ShouldBe(expected);

    [Theory]
    [InlineData("a b", "ab")]
    [InlineData("john_doe.o-k", "john_doe.o-k")]
    [InlineData("<script>é", "script")]
    public void User_names_keep_only_the_originals_characters(string text, string expected) => LegacyApiText.UserName(text).ShouldBe(expected);

    [Theory]
    [InlineData(10.0, "10")]
    [InlineData(1.50, "1.5")]
    [InlineData(-0.25, "-0.25")]
    public void Numbers_print_the_perl_way(double value, string expected) => LegacyApiText.Number(value).ShouldBe(expected);
}
