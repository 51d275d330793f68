using NodePoint.Abstractions.LegacyApi;
using NodePoint.Host.LegacyApi;
using Shouldly;

namespace NodePoint.Host.Tests;

/// <summary>The original's layout, nested lists included, with proper JSON escaping.</summary>
public class LegacyApiWriterTests
{
    [Fact]
    public void Nested_lists_are_indented_one_step_per_level_and_empty_lists_keep_their_blank_line()
    {
        var answer = LegacyApiResponse.Ok("Products list.").With("products",
        [
            new LegacyApiObject
            {
                { "id", 1 },
                { "auto_assign", [new LegacyApiObject { { "user", "agent" } }] },
                { "releases", [] },
            },
        ]);

        LegacyApiWriter.Format(answer).ShouldBe(
            "{\n" +
            " \"message\": \"Products list.\",\n" +
            " \"status\": \"OK\",\n" +
            " \"products\": [\n" +
            "  {\n" +
            "   \"id\": \"1\",\n" +
            "   \"auto_assign\": [\n" +
            "    {\n" +
            "     \"user\": \"agent\"\n" +
            "    }\n" +
            "   ],\n" +
            "   \"releases\": [\n" +
            "\n" +
            "   ]\n" +
            "  }\n" +
            " ]\n" +
            "}\n");
    }

    [Fact]
    public void Only_what_json_requires_is_escaped()
    {
        var text = LegacyApiWriter.Format(LegacyApiResponse.Error("ERR_X", "a \"b\" \\ <c> & 'd'\n\te\u0001"));

        text.ShouldContain(" \"message\": \"a \\\"b\\\" \\\\ <c> & 'd'\\n\\te\\u0001\",\n");
    }

    [Fact]
    public void A_repeated_name_is_written_twice_in_order()
    {
        var text = LegacyApiWriter.Format(LegacyApiResponse.Ok("Ticket showed.").With("status", "Open"));

        text.ShouldBe("{\n \"message\": \"Ticket showed.\",\n \"status\": \"OK\",\n \"status\": \"Open\"\n}\n");
    }
}
