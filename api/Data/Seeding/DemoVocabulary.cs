namespace SalesGraph.Data.Seeding;

/// <summary>Word lists the demo generator draws names, companies, places and products from.</summary>
internal static class DemoVocabulary
{
    /// <summary>Common surnames with their pinyin (for e-mail addresses).</summary>
    public static readonly (string Name, string Pinyin)[] Surnames =
    [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
        ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
        ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"),
        ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
        ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
        ("袁", "yuan"), ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
        ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"), ("姚", "yao"),
        ("卢", "lu"), ("钟", "zhong"), ("陆", "lu"), ("汪", "wang"), ("范", "fan"), ("金", "jin"), ("方", "fang"),
    ];

    /// <summary>Given names with their pinyin.</summary>
    public static readonly (string Name, string Pinyin)[] GivenNames =
    [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
        ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"),
        ("明", "ming"), ("超", "chao"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("建华", "jianhua"),
        ("志强", "zhiqiang"), ("海燕", "haiyan"), ("晓东", "xiaodong"), ("文博", "wenbo"), ("子涵", "zihan"),
        ("雨萱", "yuxuan"), ("浩然", "haoran"), ("宇轩", "yuxuan"), ("欣怡", "xinyi"), ("俊杰", "junjie"),
        ("晓明", "xiaoming"), ("丽华", "lihua"), ("国强", "guoqiang"), ("春梅", "chunmei"), ("建国", "jianguo"),
        ("立新", "lixin"), ("美玲", "meiling"), ("志刚", "zhigang"), ("海波", "haibo"), ("雪梅", "xuemei"),
        ("玉兰", "yulan"), ("成龙", "chenglong"), ("佳怡", "jiayi"), ("思远", "siyuan"), ("振华", "zhenhua"),
    ];

    /// <summary>The 大区 with their 片区: code, name, market weight, and the cities customers are in.</summary>
    public static readonly (string Code, string Name, (string Code, string Name, double Weight, string[] Cities)[] Areas)[] Regions =
    [
        ("EAST", "华东大区",
        [
            ("EAST-SH", "上海片区", 1.3, ["上海市浦东新区", "上海市闵行区", "上海市嘉定区", "上海市松江区"]),
            ("EAST-JS", "江苏片区", 1.2, ["南京市", "苏州市", "无锡市", "常州市"]),
            ("EAST-ZJ", "浙江片区", 1.1, ["杭州市", "宁波市", "温州市", "绍兴市"]),
        ]),
        ("NORTH", "华北大区",
        [
            ("NORTH-BJ", "北京片区", 1.0, ["北京市海淀区", "北京市朝阳区", "北京市大兴区"]),
            ("NORTH-TJ", "天津片区", 0.6, ["天津市滨海新区", "天津市西青区"]),
            ("NORTH-SD", "山东片区", 0.9, ["济南市", "青岛市", "烟台市", "潍坊市"]),
        ]),
        ("SOUTH", "华南大区",
        [
            ("SOUTH-GD", "广东片区", 1.3, ["广州市", "深圳市", "东莞市", "佛山市"]),
            ("SOUTH-FJ", "福建片区", 0.7, ["福州市", "厦门市", "泉州市"]),
        ]),
        ("WEST", "西部大区",
        [
            ("WEST-SC", "四川片区", 0.8, ["成都市", "绵阳市", "德阳市"]),
            ("WEST-CQ", "重庆片区", 0.6, ["重庆市渝北区", "重庆市九龙坡区"]),
            ("WEST-SN", "陕西片区", 0.5, ["西安市", "宝鸡市", "咸阳市"]),
        ]),
    ];

    /// <summary>Industries with the business words a company in them carries in its name.</summary>
    public static readonly (string Industry, string[] Words)[] Industries =
    [
        ("机械制造", ["机电设备", "精密机械", "重工机械", "机床"]),
        ("汽车零部件", ["汽车配件", "汽车零部件", "车桥"]),
        ("电子电器", ["电子科技", "电器", "智能科技"]),
        ("化工", ["化工", "新材料"]),
        ("食品饮料", ["食品", "饮料"]),
        ("纺织服装", ["纺织", "服饰"]),
        ("建材", ["建材", "水泥制品"]),
        ("电力能源", ["电力设备", "新能源科技", "能源"]),
        ("物流仓储", ["物流装备", "仓储设备"]),
        ("医药", ["制药", "医疗器械"]),
        ("冶金", ["钢铁", "金属制品"]),
        ("环保", ["环保科技", "水处理设备"]),
    ];

    /// <summary>First and second characters of brand names (字号), combined freely.</summary>
    public static readonly string BrandFirst = "恒华中宏金鑫瑞永天博新东海长正远立嘉盛德通达宝安国兴汇泰凯联星银";

    /// <summary>Second characters of brand names.</summary>
    public static readonly string BrandSecond = "达信和远盛源丰安成锐方天城泰利华通宇隆昌祥鼎辉创科力美佳润发捷";

    public static readonly string[] Roads =
        ["人民路", "解放路", "中山路", "建设路", "工业大道", "科技园路", "长江路", "黄河路", "发展大道", "创业路", "经济开发区兴业路", "高新区创新路"];

    public static readonly string[] Carriers = ["顺丰速运", "德邦物流", "中通快运", "安能物流", "京东物流", "百世快运"];

    public static readonly string[] TerminationReasons =
        ["客户项目取消，双方协商解除", "客户资金困难，协商解除合同", "交期无法满足客户要求，协商解除", "产品规格变更，另行签约"];

    public static readonly string[] RejectionComments =
        ["折扣超出权限，请调整后重新提交", "价格低于区域指导价", "付款条件需与财务确认", "请补充客户资信材料"];

    public static readonly string[] VisitSubjects = ["季度业务回访", "新品介绍", "合同执行情况沟通", "技术交流", "年度采购计划沟通"];

    public static readonly string[] CallSubjects = ["电话回访", "需求跟进", "报价跟进", "交货时间确认", "回款提醒"];

    public static readonly string[] ProspectSubjects = ["初次电话沟通", "需求了解", "寄送产品资料", "报价跟进"];

    public static readonly string[] ComplaintSubjects = ["交货延迟", "产品质量问题", "发票信息有误", "运输途中破损", "安装调试不及时"];

    /// <summary>Product lines: SKU prefix, name, and (model name, list price in yuan, weight kg, volume m³) per product.</summary>
    public static readonly (string Prefix, string Line, (string Name, int Price, double WeightKg, double VolumeM3)[] Products)[] ProductLines =
    [
        ("MOT", "工业电机", Series("YE3 三相异步电机", [0.75, 1.5, 2.2, 4, 7.5, 11, 15, 22, 37, 55], kw => 900 + (kw * 1100), kw => 12 + (kw * 7), kw => 0.02 + (kw * 0.004))),
        ("VFD", "变频器", Series("通用变频器", [0.75, 1.5, 2.2, 4, 7.5, 11, 15, 22, 37, 55], kw => 1200 + (kw * 650), kw => 2 + (kw * 0.6), kw => 0.005 + (kw * 0.0008))),
        ("SRV", "伺服系统", Series("伺服电机及驱动器", [0.2, 0.4, 0.75, 1, 1.5, 2, 3, 4.4, 5.5, 7.5], kw => 2600 + (kw * 3400), kw => 3 + (kw * 4), kw => 0.01 + (kw * 0.003))),
        ("PLC", "PLC控制器",
        [
            ("小型PLC CPU 1212C", 2800, 0.4, 0.002), ("小型PLC CPU 1214C", 4200, 0.45, 0.002), ("中型PLC CPU 1511", 9800, 0.8, 0.004),
            ("中型PLC CPU 1513", 15800, 0.9, 0.004), ("大型PLC CPU 1516", 32000, 1.2, 0.005), ("数字量输入模块 16DI", 1200, 0.25, 0.001),
            ("数字量输出模块 16DO", 1300, 0.25, 0.001), ("模拟量输入模块 8AI", 3200, 0.3, 0.001), ("通讯模块 PROFINET", 2600, 0.3, 0.001),
            ("HMI 触摸屏 10寸", 6800, 1.8, 0.008),
        ]),
        ("SEN", "传感器",
        [
            ("光电传感器 漫反射", 180, 0.05, 0.0002), ("光电传感器 对射", 260, 0.08, 0.0003), ("电感式接近开关 M12", 120, 0.04, 0.0001),
            ("电感式接近开关 M18", 150, 0.06, 0.0001), ("压力变送器 0-1.6MPa", 1100, 0.4, 0.0008), ("温度变送器 PT100", 680, 0.3, 0.0006),
            ("增量编码器 1024线", 850, 0.3, 0.0005), ("绝对值编码器 单圈", 2400, 0.35, 0.0005), ("激光测距传感器", 3600, 0.25, 0.0006),
            ("称重传感器 500kg", 900, 1.1, 0.0010),
        ]),
        ("GBX", "减速机",
        [
            ("斜齿轮减速机 R37", 2500, 18, 0.02), ("斜齿轮减速机 R57", 3800, 32, 0.03), ("斜齿轮减速机 R77", 6200, 55, 0.05),
            ("斜齿轮减速机 R97", 11800, 120, 0.09), ("斜齿轮减速机 R137", 26800, 380, 0.25), ("蜗轮蜗杆减速机 S37", 2200, 15, 0.02),
            ("蜗轮蜗杆减速机 S67", 4600, 40, 0.04), ("平行轴减速机 F77", 9500, 90, 0.08), ("伞齿轮减速机 K87", 14800, 160, 0.12),
            ("行星减速机 PL120", 5600, 12, 0.01),
        ]),
    ];

    private static (string, int, double, double)[] Series(
        string name, double[] kilowatts, Func<double, double> price, Func<double, double> weight, Func<double, double> volume) =>
        kilowatts.Select(kw => (
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} {kw}kW"),
            (int)(Math.Round(price(kw) / 100) * 100),
            Math.Round(weight(kw), 2),
            Math.Round(volume(kw), 4))).ToArray();
}
