package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.ingest.Regions.Place;

/** Provinces and levels of issuing organs, the answers written beside the names (GB/T 2260 says where each place is). */
class RegionsTest {

  @Test
  void anOrgansNameSaysItsProvinceAndLevel() {
    Object[][] cases = {
        {"江苏省人民政府", "江苏省", "省"},
        {"江苏省人民政府办公厅", "江苏省", "省"},
        {"中共江苏省委", "江苏省", "省"},
        {"苏州市人民政府", "江苏省", "市"},
        {"江苏省苏州市人民政府", "江苏省", "市"},
        {"苏州市吴中区人民政府", "江苏省", "县"},
        {"昆山市人民政府", "江苏省", "县"},
        {"北京市人民政府", "北京市", "省"},
        {"北京市海淀区人民政府", "北京市", "县"},
        {"广西壮族自治区人民政府", "广西壮族自治区", "省"},
        {"内蒙古自治区发展和改革委员会", "内蒙古自治区", "省"},
        {"广东省发展和改革委员会", "广东省", "省"},
        {"广州市科学技术局", "广东省", "市"},
        {"延边朝鲜族自治州人民政府", "吉林省", "市"},
        {"国务院", null, "国家"},
        {"国务院办公厅", null, "国家"},
        {"教育部", null, "国家"},
        {"国家发展改革委", null, "国家"},
        {"最高人民法院", null, "国家"},
        {"全国人民代表大会常务委员会", null, "国家"},
        {"中国人民银行", null, "国家"},
        {"朝阳区人民政府", null, "县"},
        {"省政府办公厅", null, null},
        {"县人民政府", null, null},
        {"某某协会", null, null},
    };
    for (Object[] c : cases) {
      assertEquals(new Place((String) c[1], (String) c[2]), Regions.ofOrgan((String) c[0]), (String) c[0]);
    }
  }

  @Test
  void aJointDocumentIsOfItsHighestLevelAndOfAProvinceOnlyWhenAllShareIt() {
    assertEquals(new Place(null, "国家"), Regions.of(List.of("教育部", "江苏省人民政府")));
    assertEquals(new Place("江苏省", "省"), Regions.of(List.of("江苏省科学技术厅", "苏州市人民政府")));
    assertEquals(new Place(null, "省"), Regions.of(List.of("江苏省人民政府", "浙江省人民政府")));
    assertEquals(Place.UNKNOWN, Regions.of(List.of()));
  }
}
