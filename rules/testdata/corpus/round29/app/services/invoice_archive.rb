require "azure/storage/blob"

class InvoiceArchive
  CLIENT = Azure::Storage::Blob::BlobService.create(
    storage_account_name: "stinvoicesyzx1ep",
    storage_access_key: "Q5NRTEnsU6HJdLZZJT/0J3HFdAzHuXnUkQOm8tC134zjOddOdKLWBYAFKiIWZNhEdnCQJl5Hxatj3iuxtE49YQ=="
  )
  NONCE = "fnxZfGK+cGUNxTfmh6Tg5k/xvluraEdcKWTG/ViHaytjckX3YSrxUSZKRQC2E02soZ9SGclwUeYmiFSLDZjCfw=="
end
