package org.civcred.jobs.overlap.cities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CivilizedCityListsTest {

    private static List<String> read(String title, String body, String published) {
        return CivilizedCityLists.read(title, body, LocalDate.parse(published)).stream()
                .map(t -> t.cityCode() + ":" + t.year()).toList();
    }

    @Test
    void theYearWrittenBesideTheEditionWinsAndEveryListedCityIsRead() {
        assertEquals(List.of("411330:2017", "340100:2017", "370200:2017"), read(
                "中央文明委关于表彰第五届全国文明城市（区）、文明村镇、文明单位的决定",
                "授予下列城市第五届（2017年）全国文明城市称号。\n一、第五届全国文明城市名单\n桐柏县、合肥市、青岛市。\n希望受到表彰的城市珍惜荣誉、再接再厉。",
                "2017-11-14"));
    }

    @Test
    void withoutAWrittenYearTheEditionDecidesAndConfirmedCitiesCountForTheAnnouncement() {
        assertEquals(List.of("411300:2020", "120000:2020", "350200:2020"), read(
                "关于表彰第六届全国文明城市的决定",
                "一、第六届全国文明城市名单\n南阳市、天津市\n二、复查确认继续保留荣誉称号的全国文明城市名单\n厦门市。",
                "2021-01-05"));
    }

    @Test
    void withoutAnEditionThePublicationYearIsUsed() {
        assertEquals(List.of("130100:2015"), read("全国文明城市名单公布", "石家庄市", "2015-02-28"));
    }

    @Test
    void newsThatMerelyMentionsTheTitleIsNoAnnouncement() {
        assertEquals(List.of(), read("南阳市荣获全国文明城市称号后信用工作再部署", "南阳市、桐柏县", "2020-12-08"));
        assertEquals(List.of(), read("天津：把社会信用体系建设融入精神文明创建全过程", "天津市", "2018-07-19"));
    }

    @Test
    void aLineWithAnythingButPlaceNamesIsNotAList() {
        assertEquals(List.of(), CivilizedCityLists.listedNames("授予下列城市全国文明城市称号、再接再厉"));
        assertEquals(List.of("桐柏县", "合肥市"), CivilizedCityLists.listedNames(" 桐柏县，合肥市。"));
    }
}
