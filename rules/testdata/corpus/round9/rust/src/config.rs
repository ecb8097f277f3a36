use std::env;

pub fn storage_key() -> String {
    env::var("AZURE_STORAGE_KEY").unwrap_or_else(|_| "mR+AA7OijNKH0+ULro8LDNOyOKfwMCOdXMMU/NxDYUeb3wUmUPeQL+dF2PE8Ifn7YmyiQCsZsGA313NrN631SA==".to_string())
}

pub const TILE_SAS: &str = concat!(
    "sv=2026-04-06&se=2035-06-30T12%3A00%3A00",
    "Z&sr=c&sp=rl&sig=UqbFMbR69c1dH9zyqGLI9qZdLJ9ZKzmAaO4Kf4xFgl0%3D"
);

pub fn tile_url(z: u8, x: u32, y: u32) -> String {
    format!("https://stum4hjeyd9z.blob.core.windows.net/tiles/{z}/{x}/{y}.png?{TILE_SAS}")
}
