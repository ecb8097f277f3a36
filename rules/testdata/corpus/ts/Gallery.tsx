import React from "react";

export function Gallery() {
  return (
    <div className="gallery">
      <img src="https://tw1mcyxi25.privatelink.blob.core.windows.net/%24web/img/logo.png?sv=2020-02-10&spr=https&se=2027-01-16T22%3A23%3A00Z&sr=b&sp=rwdxme&sig=hO0MrrugFvJajWMubw0OwATQTmTI2u4xq5s0PtRTQTo%3D" alt="logo" />
      <video controls>
        <source src={"https://pghbe9.azureedge.net/datasets?restype=container&comp=list&sv=2025-07-05&st=2026-11-12T15%3A00%3A00Z&se=2027-02-15T12%3A17%3A23Z&sr=c&sp=racwltmiyf&rscc=max-age%3D3600&rscd=attachment%3B%20filename%3D%22export.csv%22&rsct=text%2Fcsv&sig=GtrBi3DiHpOwHi8M4qn4u8RB4BU0C2ZXjMvGuj4fmbQ%3D"} type="video/mp4" />
      </video>
      <img src={`${cdn}/hero.jpg?${sasToken}`} alt="hero" />
    </div>
  );
}
