namespace Portal.Cli;

internal static class Usage
{
    public const string Text = """
        การใช้งาน (usage):
          portal build [--input input] [--theme theme] [--output _site] [--base-url URL] [--drafts]

        build   สร้างเว็บไซต์จาก input/ และ theme/ ลงใน _site/ (build the site)

        รหัสออก (exit codes): 0 สำเร็จ (success), 1 เนื้อหามีข้อผิดพลาด (content errors), 2 ใช้คำสั่งผิด (bad usage or configuration)

        """;
}
