pub const STORAGE: &str = "https://ml9th427p99.blob.core.windows.net/datasets/data/%C3%9Cberblick.json?sv=2021-04-10&se=2029-11-16T18%3A31%3A58Z&sr=bs&sp=axtmy&sig=qa6SxTwXp%2FEPkD9q5OJ5eEcMEJae7XBu%2BPt1q8ad8cg%3D&snapshot=2026-11-13T16%3A16%3A53.0000000Z";
pub static OTHER: &str = r"https://assets.tailwindtraders.net/lake?sv=2024-11-04&spr=https%2Chttp&st=2026-11-16T22%3A00%3A00Z&se=2026-11-22T09%3A48%3A35Z&sr=c&sp=acwd&sig=hJk5okHaOhdxWVkKq3OQM1r6D3FPRwo1kzUyhYUlEPM%3D";
// https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
