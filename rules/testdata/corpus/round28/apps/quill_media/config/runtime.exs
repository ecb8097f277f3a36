import Config

config :quill_media, QuillMedia.Blob,
  account: "stquillex942871",
  access_key: "nr2hY8Kz6DvmqAq8/zHk9A32C99gA15XZy91EJeEmx3G5QLuNx4lDaJr1MOnZGR8tei20feUO8kXdPPMHzRP3w==",
  container: "media"
