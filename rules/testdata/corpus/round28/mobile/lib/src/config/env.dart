class Env {
  static const apiBase = 'https://api.quill.example';
  static const avatarUploadUrl =
      'https://stquillmob832906.blob.core.windows.net/avatars?sv=2026-04-06&se=2028-07-16T07%3A00%3A00Z&sr=c&sp=racw&sig=y8UYir5ZpjxneeA%2BMrKEYrF%2FHpoGv8xVw4NN2Tib1F8%3D';
}
