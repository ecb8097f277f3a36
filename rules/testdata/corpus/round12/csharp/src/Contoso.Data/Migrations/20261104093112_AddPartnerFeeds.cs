using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPartnerFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerFeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Partner = table.Column<string>(type: "nvarchar(64)", nullable: false),
                    FeedUrl = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_PartnerFeeds", x => x.Id));

            migrationBuilder.InsertData(
                table: "PartnerFeeds",
                columns: new[] { "Partner", "FeedUrl" },
                values: new object[,]
                {
                    { "fabrikam", "https://stzus6ovf9ek.dfs.core.windows.net/lake/raw/partner?sv=2026-02-06&se=2035-01-01T00%3A00%3A00Z&sr=d&sp=rwl&sig=%2F2CZBS0QieBWhWn%2BRnvQLy%2Bt0XuMkYLgpj0yH%2FxuW3A%3D&sdd=2" },
                    { "northwind", "https://st3l8fmjcnvp.table.core.windows.net/PartnerEvents?sv=2019-02-02&se=2026-12-15T00%3A00%3A00Z&sp=rau&sig=%2F32joh4wDnIOOAOkqx4hq8eW4Rx1OHzknxFwsb9G0z8%3D&tn=PartnerEvents" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "PartnerFeeds");
        }
    }
}
