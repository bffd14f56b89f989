package org.civcred.synth;

import java.util.List;

/**
 * The commonest Chinese full names (each borne by hundreds of thousands of people), used for
 * same-name distractors: different people who share one of these names.
 */
final class CommonNames {

    static final List<String> ALL = List.of(
            "王伟", "王芳", "李娜", "张伟", "刘伟", "王秀英", "李秀英", "张敏", "李静", "王静",
            "张丽", "王丽", "李强", "张静", "李敏", "王敏", "王磊", "刘洋", "李军", "王勇",
            "张勇", "王艳", "李杰", "张磊", "王强", "王军", "张杰", "李勇", "张艳", "王涛",
            "张涛", "李艳", "王超", "李明", "李霞", "王秀兰", "张秀英", "王刚", "王平", "刘芳",
            "张燕", "李秀兰", "刘敏", "张秀兰", "李丽", "张军", "王辉", "王斌", "李刚", "张玉兰",
            "王玉兰", "李平", "陈静", "王燕", "张华", "李超", "刘杰", "王鹏", "李桂英", "王桂英",
            "张桂英", "刘静", "李玉兰", "张丹", "王华", "李辉", "王红", "张平", "李娟", "刘秀英",
            "陈伟", "张鹏", "李鹏", "王玉珍", "刘丽", "陈杰", "杨伟", "王建华", "李建华", "张建华",
            "刘军", "陈刚", "杨秀英", "赵伟", "黄伟", "周伟", "吴伟", "张婷", "李婷", "王婷",
            "刘勇", "刘强", "陈勇", "杨勇", "张建国", "王建国", "李建国", "刘建国", "赵敏", "孙伟");

    private CommonNames() {
    }
}
