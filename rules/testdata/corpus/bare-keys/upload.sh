az storage blob upload --account-name logs7pyrj --account-key /XWYvepBsoFkXI0tP3jiWxZIkcZPSpfDi0iT91XF2+MHcfHZC/YJL1h/stEnIsDONRY1AOF5U/DmQ0Te1ncQnQ== -c drop -f out.zip -n out.zip
