import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const pick = <T extends object>(items: T[], keys: (keyof T)[]) =>
	items.map((t) => Object.fromEntries(keys.map((k) => [k, t[k]])));
const KEYS = ['indicator', 'year', 'period', 'value', 'unit', 'growth', 'scope'] as const;
const results = (review: string, opts: Parameters<typeof run>[1] = {}) =>
	pick(run({ review }, opts).results, [...KEYS]);
const row = (
	indicator: string | null,
	value: number | null,
	unit: string | null,
	growth: number | null = null,
	more: { year?: number; period?: string; scope?: string } = {}
) => ({
	indicator,
	year: more.year ?? 2030,
	period: more.period ?? 'year',
	value,
	unit,
	growth,
	scope: more.scope
});

describe('result phrasing seen on real pages', () => {
	it('reads 预计 between the subject and its verb as the hedge of an estimate', () => {
		const { results: rs } = run({ review: '青柳镇财政总收入预计完成61.8亿元,同比增长27.4%。' });
		expect(pick(rs, [...KEYS, 'estimated'])).toEqual([
			{ ...row('fiscal_revenue_total', 61.8, '亿元', 27.4), estimated: true }
		]);
	});

	it('reads the town’s enterprises as a whole, with 规模 naming the above-scale statistic', () => {
		expect(
			results('全镇规模企业实现工业总产值31.64亿元,同比增长9.7%;企业完成技改投入2.85亿元。')
		).toEqual([
			row('industrial_output_above_scale', 31.64, '亿元', 9.7),
			row('tech_upgrade_investment', 2.85, '亿元')
		]);
	});

	it('leaves a year written between subject and verb out of the subject', () => {
		expect(results('规模以上企业总产值2029年达到8.4亿元。')).toEqual([
			row('industrial_output_above_scale', 8.4, '亿元', null, { year: 2029 })
		]);
	});

	it('dates a figure of a five-year paragraph by a clause that names only the year', () => {
		expect(
			results(
				'五年来,甲镇新增工业投入17.6亿元,2030年,甲镇共完成固定资产投资8.3亿元,同比增长19.2%。'
			)
		).toEqual([
			row('industrial_investment', 17.6, '亿元', null, { period: '5y' }),
			row('fixed_asset_investment', 8.3, '亿元', 19.2)
		]);
	});

	it('does not read a stock held (现有) as the year’s new count', () => {
		expect(results('新签约项目5个,全镇现有签约项目7个。')).toEqual([
			row('new_investment_projects', 5, '个')
		]);
	});

	it('does not give the statistic before a figure that counts the words after it', () => {
		expect(results('盘活闲置厂房5200平方米,完成136亩土地调规工作。')).toEqual([
			row('idle_plants_revitalised', 5200, '平方米')
		]);
	});

	it('leaves out the national and local tax parts of a revenue', () => {
		expect(
			results('财政收入1628.4万元,其中国税收入902.1万元,地税收入726.3万元;一般税收收入650万元。')
		).toEqual([row('fiscal_revenue', 1628.4, '万元')]);
	});

	it('scopes a collective income to the villages it names, not to all villages', () => {
		expect(
			results('青柳村年集体经济收入达60万元以上,甲村和乙村村级集体经济收入达8万元以上。')
		).toEqual([
			row('village_collective_income', 60, '万元', null, { scope: '青柳村' }),
			row('village_collective_income', 8, '万元', null, { scope: '甲村和乙村' })
		]);
		expect(results('12个行政村实现村集体收入6327万元。')).toEqual([
			row('village_collective_income', 6327, '万元')
		]);
	});

	it('reads a bare 增加值 after an output as that industry’s value added', () => {
		expect(results('规模以上工业总产值31.42亿元,增加值同比增长17.6%。')).toEqual([
			row('industrial_output_above_scale', 31.42, '亿元'),
			row('industrial_value_added_above_scale', null, null, 17.6)
		]);
	});

	it('reads 净增 as the year’s addition and 同比增 as a growth', () => {
		expect(results('高新技术企业净增17家。')).toEqual([row('high_tech_enterprises', 17, '家')]);
		expect(results('规模以上工业产值完成58.27亿元,同比增41.36%。')).toEqual([
			row('industrial_output_above_scale', 58.27, '亿元', 41.36)
		]);
	});

	it('knows 实际到位, 落地资金 and 盘活低效土地', () => {
		expect(
			results('合同引进投资7.18亿元,实际到位4.26亿元。已落地资金3亿元。盘活低效土地95亩。')
		).toEqual([
			row('investment_signed', 7.18, '亿元'),
			row('investment_attracted', 4.26, '亿元'),
			row('investment_attracted', 3, '亿元'),
			row('inefficient_land_cleared', 95, '亩')
		]);
	});

	it('reads a short class in brackets as a part of the figure before it, and skips other asides', () => {
		expect(results('全年新签约项目11个(亿元以上3个),新开工9个。')).toEqual([
			row('new_investment_projects', 11, '个'),
			row('new_investment_projects', 3, '个', null, { scope: '亿元以上' })
		]);
		expect(
			results('一般公共预算收入完成5280万元(受政策调整影响减收约4300万元),同口径增长9.6%。')
		).toEqual([row('general_budget_revenue', 5280, '万元', 9.6)]);
	});

	it('reads a list of stocks after 现有 as stocks', () => {
		expect(results('现有规模以上工业企业23家,高新技术企业7家。')).toEqual([]);
	});

	it('reads the share of a target whose size is written before it', () => {
		const { results: rs } = run({
			review: '财政总收入完成38.6亿元,同比增长21.7%,完成年初人代会目标34亿元的113%。'
		});
		expect(pick(rs, ['indicator', 'value', 'growth', 'completion'])).toEqual([
			{ indicator: 'fiscal_revenue_total', value: 38.6, growth: 21.7, completion: 113 }
		]);
	});

	it('reads the target size of a task set by the county government at the start of the year', () => {
		const { results: rs } = run({
			review: '某乡完成财政收入3417万元,超额完成县政府年初下达的3000万元目标任务。'
		});
		expect(pick(rs, ['indicator', 'value', 'claim'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 3417, claim: 'exceeded' }
		]);
	});

	it('does not read the figures of a goal named in the sentence as results', () => {
		expect(
			results(
				'财政总收入增长5%,为全面实现2031年农业总产值增长10%以上、农民人均纯收入增长20%的目标而努力。'
			)
		).toEqual([row('fiscal_revenue_total', null, null, 5)]);
	});

	it('gives 均超额完成 to every figure of its list', () => {
		const { results: rs } = run({
			review:
				'财政收入突破4126万元;楼宇经济收入完成1873.2万元,社会消费品零售总额2.48亿元,均超额完成指标任务。'
		});
		expect(pick(rs, ['indicator', 'value', 'claim'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 4126, claim: undefined },
			{ indicator: 'retail_sales', value: 2.48, claim: 'exceeded' },
			{ indicator: null, value: 1873.2, claim: 'exceeded' }
		]);
	});

	it('does not read the sessions of a congress as a figure', () => {
		expect(
			run({ review: '2030年,圆满完成了镇第九届人大三次、四次会议部署的各项任务。' }).results
		).toEqual([]);
	});

	it('reads 截止 11 月底 with spaces as a year-to-date period', () => {
		expect(results('截止 11 月底,实现工业增加值 2.7 亿元,同比增长 4.16%。')).toEqual([
			row('industrial_value_added', 2.7, '亿元', 4.16, { period: 'M1-11' })
		]);
	});

	it('reads the sectors listed after the town’s output as their value added', () => {
		expect(
			results(
				'地区生产总值19.35亿元,同比增长5.4%,一产、二产、三产分别为7.12亿元、3.46亿元、8.77亿元。'
			)
		).toEqual([
			row('gdp', 19.35, '亿元', 5.4),
			row('agriculture_value_added', 7.12, '亿元'),
			row('services_value_added', 8.77, '亿元')
		]);
	});

	it('reads the investment of a class of projects', () => {
		expect(
			results(
				'固定资产投资6.21亿元,其中1000万元以上项目累计投资5.13亿元,10至1000万元项目累计投资1.08亿元。'
			)
		).toEqual([
			row('fixed_asset_investment', 6.21, '亿元'),
			row('fixed_asset_investment', 5.13, '亿元', null, { scope: '1000万元以上项目' }),
			row('fixed_asset_investment', 1.08, '亿元', null, { scope: '10至1000万元项目' })
		]);
		expect(
			results('甲镇6个市重点项目预计完成投资21.4亿元。共9个在建项目总投资完成15.2亿元。')
		).toEqual([
			row('project_investment', 21.4, '亿元', null, { scope: '市重点项目' }),
			row('project_investment', 15.2, '亿元', null, { scope: '在建项目' })
		]);
		expect(results('在10-1000万元项目中,累计完成投资9836万元。')).toEqual([
			row('fixed_asset_investment', 9836, '万元', null, { scope: '10-1000万元项目' })
		]);
		expect(results('引进项目总投资4.02亿元。')).toEqual([row('investment_signed', 4.02, '亿元')]);
	});

	it('does not read a crop’s share as the grain total', () => {
		expect(results('粮食播种面积64250亩,其中小麦58130亩,玉米4120亩。')).toEqual([
			row('grain_area', 64250, '亩')
		]);
	});

	it('reads an uncatalogued figure as a task done only when the verb comes before it', () => {
		expect(run({ review: '乙镇5条集体经济薄弱村均完成增收帮扶任务。' }).results).toEqual([]);
		expect(pick(run({ review: '完成230户改厕任务。' }).results, ['value', 'claim'])).toEqual([
			{ value: 230, claim: 'completed' }
		]);
	});

	it('reads the figure reached after a milestone in words (首次超过百亿元,达到…亿元)', () => {
		expect(results('某镇今年生产总值将首次超过百亿元,达到107亿元,增长9%。')).toEqual([
			row('gdp', 107, '亿元', 9)
		]);
	});

	it('reads enterprises counted before what they did, and projects counted before their name', () => {
		expect(results('推动13家企业升规达限、入库纳统(含商贸业6家、建筑业4家)。')).toEqual([
			row('new_enterprises_above_scale_or_quota', 13, '家')
		]);
		expect(results('签约甲公司总部、乙公司总部等6个优质项目,总投资158亿元。')).toEqual([
			row('new_investment_projects', 6, '个'),
			row('investment_signed', 158, '亿元')
		]);
	});

	it('scopes a figure by the level, household class or season written before its name', () => {
		expect(
			results(
				'镇级财政收入9.73亿元;非农户固定资产投资完成23518万元;小春粮食作物种植面积达3万余亩。'
			)
		).toEqual([
			row('fiscal_revenue', 9.73, '亿元', null, { scope: '镇级' }),
			row('fixed_asset_investment', 23518, '万元', null, { scope: '非农户' }),
			row('grain_area', 3, '万亩', null, { scope: '小春' })
		]);
	});

	it('does not read an increase or a cut (增加…, 调减…) as a level', () => {
		expect(results('增加各村集体经济收入3万元以上,新调减粮食播种面积1200多亩。')).toEqual([]);
	});

	it('reads a comparison with a placeholder year as the base of a change', () => {
		expect(results('全镇工农业生产总值8413.56万元,比20xx年增加1093万元,增长15%。')).toEqual([
			row('industrial_agricultural_output', 8413.56, '万元', 15)
		]);
	});

	it('dates a figure of a named plan period by the period’s last year', () => {
		expect(
			results('“十二五”期间,某乡一般预算收入累计实现4268万元。', { reportYear: 2017 })
		).toEqual([row('general_budget_revenue', 4268, '万元', null, { year: 2015, period: '5y' })]);
	});

	it('reads 完成年度计划投资81.4% as the completion of the plan', () => {
		const { results: rs } = run({ review: '重点项目累计投资2.3亿元,完成年度计划投资81.4%。' });
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'project_investment', value: 2.3, completion: 81.4 }
		]);
	});

	it('reads a sentence of a hard-wrapped page across its line breaks', () => {
		const review = [
			'这一年,青柳镇广大干群齐心协力,各项工作扎实推进,',
			'经济运行总体平稳,发展质量稳步提升,产业结构持续优',
			'化,城乡面貌焕然一新。截止9月底,实现工业增加值2.4亿',
			'元,同比增长4.16%;完成固定资产投资7.35亿元,同比',
			'增长3.8%。此外,各项社会事业协调发展,民生保障不',
			'断改善,基层治理持续加强,群众满意度明显提高,为下',
			'一步工作打下了良好基础,也为明年发展创造了有利条件,',
			'全镇干部群众的精神面貌焕然一新,干事创业的氛围日益',
			'浓厚,各村各部门比学赶超,争先进位的劲头越来越足'
		].join('\n');
		expect(results(review)).toEqual([
			row('industrial_value_added', 2.4, '亿元', 4.16, { period: 'M1-9' }),
			row('fixed_asset_investment', 7.35, '亿元', 3.8, { period: 'M1-9' })
		]);
	});

	it('does not read the figures after a stated goal (总体目标将实现…) as results', () => {
		expect(
			results('某乡今后的总体目标将实现财政收入年均增长8%以上,农村居民人均可支配收入达到2.6万元。')
		).toEqual([]);
	});

	it('reads a sector’s enterprises and their revenue as the sector’s statistic', () => {
		expect(results('服务业企业当年实现营业收入3.6亿元。')).toEqual([
			row('services_revenue_above_scale', 3.6, '亿元')
		]);
	});

	it('keeps an uncatalogued money statistic scoped by a sector or tax qualifier as text', () => {
		const { results: rs } = run({
			review: '全年完成服务业应税销售3.2亿元,同比增长8%;二产增加值5.6亿元。'
		});
		expect(pick(rs, ['indicator', 'text', 'value', 'unit', 'growth'])).toEqual([
			{ indicator: null, text: '服务业应税销售', value: 3.2, unit: '亿元', growth: 8 },
			{ indicator: null, text: '二产增加值', value: 5.6, unit: '亿元', growth: null }
		]);
	});

	it('reads 占比X% before 超额完成任务 as the completion of the figure before it', () => {
		const { results: rs } = run({
			review: '全年财政收入486万元,占比121%,超额完成任务;常住人口占比30%,完成普查。'
		});
		expect(pick(rs, ['indicator', 'value', 'completion', 'claim'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 486, completion: 121, claim: 'exceeded' }
		]);
	});

	it('gives each named figure of a 分别 list its rate, catalogued or not', () => {
		const { results: rs } = run({
			review:
				'社会消费品零售总额完成19亿元,规上工业产值完成4.2亿元,规下工业产值完成45万元,同比增长分别达17%、11%、58%。'
		});
		expect(pick(rs, ['indicator', 'growth'])).toEqual([
			{ indicator: 'retail_sales', growth: 17 },
			{ indicator: 'industrial_output_above_scale', growth: 11 }
		]);
	});

	it('gives an uncatalogued statistic kept as text its share of a 分别 list of rates', () => {
		const { results: rs } = run({
			review: '全镇生产总值为10.7亿元,乡镇企业总产值实现12.6亿元,分别较上年增长12%,13%。'
		});
		expect(pick(rs, ['indicator', 'text', 'growth'])).toEqual([
			{ indicator: 'gdp', text: '生产总值', growth: 12 },
			{ indicator: null, text: '乡镇企业总产值', growth: 13 }
		]);
	});

	it('takes the subject of a figure from the clause before it that names the indicator rising', () => {
		const { results: rs } = run({
			review:
				'全镇生产总值达到5亿元。财政总收入持续快速增长,达到了1099万元。工作稳步推进,达到了3个。'
		});
		expect(pick(rs, ['indicator', 'value', 'quote'])).toEqual([
			{ indicator: 'gdp', value: 5, quote: '生产总值达到5亿元' },
			{
				indicator: 'fiscal_revenue_total',
				value: 1099,
				quote: '财政总收入持续快速增长,达到了1099万元'
			}
		]);
	});

	it('reads 占全年任务X的Y% as the completion, and 其他 in a 其中 list as no part of the town', () => {
		const { results: rs } = run({
			review: '财政收入完成1546万元,占全年任务2780万元的56%,其中税收1120万元,其他426万元。'
		});
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 1546, completion: 56 }
		]);
	});

	it('keeps a tax statistic scoped by 工商 as text', () => {
		const { results: rs } = run({ review: '全年完成工商税收收入2.4亿元,同比增长6%。' });
		expect(pick(rs, ['indicator', 'text', 'value', 'growth'])).toEqual([
			{ indicator: null, text: '工商税收收入', value: 2.4, growth: 6 }
		]);
	});

	it('drops a bare 产值 amount, which names no statistic to compare', () => {
		expect(results('该项目建成后产值达6亿元。')).toEqual([]);
	});

	it('reads 完成签约项目N个 as the projects signed, and their total investment', () => {
		expect(results('全年完成签约项目30个，总投资120亿元。')).toEqual([
			row('new_investment_projects', 30, '个'),
			row('investment_signed', 120, '亿元')
		]);
	});

	it('reads 完成投资 after the projects’ start rate as those projects’ investment', () => {
		expect(results('重点项目开工率95%，完成投资40亿元。')).toEqual([
			row('project_investment', 40, '亿元')
		]);
	});

	it('pairs a 分别 list of growths written with commas (12%，13%) with the levels before', () => {
		expect(
			results('全镇地区生产总值为10亿元，工业总产值实现12亿元，分别较上年增长12%，13%。')
		).toEqual([row('gdp', 10, '亿元', 12), row('industrial_output', 12, '亿元', 13)]);
	});

	it('reads a completion share written with spaces', () => {
		const { results: rs } = run({ review: '入库税收 2875 万元,完成年计划的 47%。' });
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: null, value: 2875, completion: 47 }
		]);
	});

	it('reads projects attracted in total over the term (共引进…项目) and their total investment', () => {
		expect(results('五年来,全镇共引进过亿元招商引资项目12个,总投资超35亿元。')).toEqual([
			row('new_investment_projects', 12, '个', null, {
				period: '5y',
				scope: '过亿元招商引资项目'
			}),
			row('investment_signed', 35, '亿元', null, { period: '5y' })
		]);
	});

	it('dates the first-half figures of a news article by the year it reports in', () => {
		expect(
			results('今年上半年,某镇实现地区生产总值143.6亿元,同比增长6%。', { genre: 'news' })
		).toEqual([row('gdp', 143.6, '亿元', 6, { year: 2031, period: 'H1' })]);
	});

	it('scopes a coverage rate to the people it covers, and reads 年产量 after the grain area', () => {
		expect(results('全镇监测对象和脱贫人口基本医保参保率99.8%。')).toEqual([
			row('medical_insurance_coverage', 99.8, '%', null, { scope: '监测对象和脱贫人口' })
		]);
		expect(results('粮食播种面积15577亩,年产量达8671吨。')).toEqual([
			row('grain_area', 15577, '亩'),
			row('grain_output', 8671, '吨')
		]);
	});

	it('reads an amount written before 规模以上 as its threshold, not as a figure', () => {
		expect(results('其中500万元规模以上企业产值达12亿元。')).toEqual([
			row('industrial_output_above_scale', 12, '亿元')
		]);
	});

	it('reads a name followed by 完成目标任务 or 完成年度任务 as the catalogued indicator', () => {
		expect(results('全镇招商引资完成目标任务800万元。固定资产投资完成年度任务2亿元。')).toEqual([
			row('investment_attracted', 800, '万元'),
			row('fixed_asset_investment', 2, '亿元')
		]);
	});

	it('reads a change word written letter-spaced (同 比 增 长) and 已完成…预算总额的 as completion', () => {
		const { results: rs } = run({
			review: '全镇财 政 收 入 900 万 元 , 同 比 增 长8%,已完成年初预算总额的 75%。'
		});
		expect(pick(rs, [...KEYS, 'completion'])).toEqual([
			{ ...row('fiscal_revenue', 900, '万元', 8), completion: 75 }
		]);
	});

	it('reads 过千万元的项目 and 过亿元项目 as classes of projects, not amounts', () => {
		expect(results('共引进过千万元的项目6个,其中过亿元项目2个,过千万的项目4个。')).toEqual([
			row('new_investment_projects', 6, '个', null, { scope: '过千万元的项目' }),
			row('new_investment_projects', 2, '个', null, { scope: '过亿元项目' }),
			row('new_investment_projects', 4, '个', null, { scope: '过千万的项目' })
		]);
	});

	it('reads 金额 or 计划总投资 after a count of projects signed as the investment signed', () => {
		expect(results('现场签约项目5个,金额达3.2亿元。成功签约4个项目、计划总投资9亿元。')).toEqual([
			row('new_investment_projects', 5, '个'),
			row('investment_signed', 3.2, '亿元'),
			row('new_investment_projects', 4, '个'),
			row('investment_signed', 9, '亿元')
		]);
	});

	it('reads completion of a target named by who set it (区级下达任务数的, 镇人代会目标的) and 总完成率', () => {
		const { results: rs } = run({
			review:
				'一般公共预算收入720万元,完成区级下达任务数的97%。固定资产投资6亿元,完成镇人代会目标的48%。招商引资3亿元,总完成率112%。'
		});
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'general_budget_revenue', value: 720, completion: 97 },
			{ indicator: 'fixed_asset_investment', value: 6, completion: 48 },
			{ indicator: 'investment_attracted', value: 3, completion: 112 }
		]);
	});

	it('reads 、增7% after a level, 较2029年增长 as its change, and a change parted by a comma', () => {
		expect(
			results('完成生产总值 5 亿元、增 7%。农民人均可支配收入达16000元,较2029年增长6%。')
		).toEqual([row('gdp', 5, '亿元', 7), row('rural_disposable_income', 16000, '元', 6)]);
		expect(results('新增企业5家。')).toEqual([]);
		expect(results('农民人均纯收入从2029年的18000元,增长至2030年的19000元。')).toEqual([
			row('farmer_income', 18000, '元', null, { year: 2029 }),
			row('farmer_income', 19000, '元')
		]);
	});

	it('keeps a tax total (税收, 税收收入) as text with its figure, and its change from a base', () => {
		expect(results('全镇实现税收收入2600万元,同比增长4%。')).toEqual([row(null, 2600, '万元', 4)]);
		expect(results('税收由2029年的1700万元增加到2030年的2100万元。')).toEqual([
			row(null, 1700, '万元', null, { year: 2029 }),
			row(null, 2100, '万元')
		]);
		expect(results('全镇实现产值2600万元。')).toEqual([]);
	});

	it('does not read a hope (有望小升规1家) as an outcome', () => {
		expect(results('新增规上企业2家,有望“小升规”1家。')).toEqual([
			row('new_above_scale_enterprises', 2, '家')
		]);
	});

	it('gives a scope as the page writes it (traditional characters stay)', () => {
		const { results: rs } = run({ review: '鎮本級財政收入500萬元。' });
		expect(pick(rs, ['indicator', 'scope', 'text'])).toEqual([
			{ indicator: 'fiscal_revenue', scope: '鎮本級', text: '鎮本級財政收入' }
		]);
	});

	it('reads 成功签约…项目, 签订…项目 and a bare 招商引资项目 as projects attracted', () => {
		expect(results('成功签约甲乙等亿元项目4个。签订过亿元项目3个。累计招商引资项目6个。')).toEqual([
			row('new_investment_projects', 4, '个', null, { scope: '甲乙等亿元项目' }),
			row('new_investment_projects', 3, '个', null, { scope: '过亿元项目' }),
			row('new_investment_projects', 6, '个')
		]);
	});

	it('reads 重点项目建设完成 as project investment, and 农村人均可支配收入, 出口总值, 种植粮食作物', () => {
		expect(
			results(
				'重点项目建设完成8亿元。农村人均可支配收入达16000元。出口总值900万美元。种植粮食作物 800 亩。'
			)
		).toEqual([
			row('project_investment', 8, '亿元'),
			row('rural_disposable_income', 16000, '元'),
			row('exports', 900, '万美元'),
			row('grain_area', 800, '亩')
		]);
	});

	it('does not read an average (亩均产值) or a branch of industry (轻工业产值) as the total', () => {
		expect(results('规上企业亩均工业产值达900万元,同比增长11%。轻工业实现产值9亿元。')).toEqual([]);
		expect(results('全镇工业产值90亿元。')).toEqual([row('industrial_output', 90, '亿元')]);
	});

	it('does not date a figure by the period it is compared with (较一季度回落)', () => {
		expect(
			results(
				'上半年,全镇工业投资5亿元,增速较一季度回落3个百分点;——社会消费品零售总额9亿元,同比增长8%。',
				{
					kind: 'midyear'
				}
			)
		).toEqual([
			row('industrial_investment', 5, '亿元', null, { year: 2031, period: 'H1' }),
			row('retail_sales', 9, '亿元', 8, { year: 2031, period: 'H1' })
		]);
	});

	it('reads GDP written before its figure, a bracketed scope note, and dashes opening a line', () => {
		const rs = run({
			review: '——实现GDP14.3亿元,增长7%。\n——财政总收入(不计上级补助)4.1亿元,增长6%。'
		}).results;
		expect(pick(rs, [...KEYS, 'text'])).toEqual([
			{ ...row('gdp', 14.3, '亿元', 7), text: 'GDP' },
			{ ...row('fiscal_revenue_total', 4.1, '亿元', 6), text: '财政总收入' }
		]);
	});

	it('reads 可用财力 and 可支配财力 whole (可 is not the modal there)', () => {
		expect(results('可用财力8亿元,下降3%。全镇可支配财力9亿元。')).toEqual([
			row('disposable_fiscal_revenue', 8, '亿元', -3),
			row('disposable_fiscal_revenue', 9, '亿元')
		]);
	});

	it('does not read the spending under a total (其中…支出) as part of a revenue', () => {
		expect(
			results('地方财政总财力8亿元,下降3%;财政总支出7亿元,其中一般公共预算支出6亿元,下降2%。')
		).toEqual([row('disposable_fiscal_revenue', 8, '亿元', -3)]);
	});

	it('reads a change from a base five years back (与2025年相比) as a five-year change', () => {
		expect(
			results('与2025年相比,2030年全镇生产总值增长了54%。全镇财政总收入比上年增长5%。')
		).toEqual([
			row('gdp', null, null, 54, { period: '5y' }),
			row('fiscal_revenue_total', null, null, 5)
		]);
	});

	it('joins a name split by its verb (规模以上工业完成现价产值) and keeps 民营经济 figures apart', () => {
		expect(results('规模以上工业完成现价产值47亿元,同比增长9%。民营经济工业产值318万元。')).toEqual(
			[row('industrial_output_above_scale', 47, '亿元', 9)]
		);
	});

	it('reads the level at the end of a year before (2029年底) in a half-year report as that year’s', () => {
		expect(
			results('2030年底农民人均纯收入为4615元。上半年农民人均纯收入为2270元,比去年同期增长18%。', {
				kind: 'midyear'
			})
		).toEqual([
			row('farmer_income', 4615, '元', null, { year: 2030 }),
			row('farmer_income', 2270, '元', 18, { year: 2031, period: 'H1' })
		]);
	});

	it('does not read the figures after 主要经济发展目标为: as results', () => {
		expect(results('2030年,某镇提出的主要经济发展目标为:财政收入达到2.6亿元,增长9%。')).toEqual([]);
	});

	it('reads 为全年任务的 and 为全年任务X的 as the completion of the year’s target', () => {
		const { results: rs } = run(
			{
				review:
					'上半年,财税总收入完成386万元,为全年任务710万元的54.4%;规上工业总产值4.6亿元,为全年任务的48.7%。'
			},
			{ kind: 'midyear' }
		);
		expect(pick(rs, ['indicator', 'value', 'unit', 'completion'])).toEqual([
			{ indicator: null, value: 386, unit: '万元', completion: 54.4 },
			{ indicator: 'industrial_output_above_scale', value: 4.6, unit: '亿元', completion: 48.7 }
		]);
	});

	it('keeps the rural economy’s accounts (农村经济总收入) as text, and reads 地区生产总值GDP as GDP', () => {
		expect(
			results(
				'农村经济总收入48亿元,同比增长6%。某乡地区生产总值GDP达6340万元。限上商业零售总额完成17亿元。'
			)
		).toEqual([
			row(null, 48, '亿元', 6),
			row('gdp', 6340, '万元'),
			row('retail_sales_above_quota', 17, '亿元')
		]);
	});

	it('reads a multiple of the target (完成年度任务的8倍) or of the base (增长近3倍) as a percentage', () => {
		const { results: rs } = run({
			review: '实际利用外资5286万美金,完成年度目标任务的8倍。农民人均纯收入增长近3倍。'
		});
		expect(pick(rs, ['indicator', 'value', 'unit', 'growth', 'completion'])).toEqual([
			{
				indicator: 'foreign_investment',
				value: 5286,
				unit: '万美金',
				growth: null,
				completion: 800
			},
			{ indicator: 'farmer_income', value: null, unit: null, growth: 300, completion: null }
		]);
	});

	it('lets the target named before what was done give way to it (任务174万,完成198万)', () => {
		expect(
			results('财政预算收入任务1540万元,1-7月累计完成962万元,占全年目标的62.5%。', {
				kind: 'midyear'
			})
		).toEqual([row('general_budget_revenue', 962, '万元', null, { year: 2031, period: 'M1-7' })]);
	});

	it('reads a growth in brackets after a level (4.8亿(累计增速5.2%)), and 限上批零住餐', () => {
		expect(
			results('规上工业增加值4.8亿(累计增速5.2%),限上批零住餐0.74亿(同比增长21.5%)。')
		).toEqual([
			row('industrial_value_added_above_scale', 4.8, '亿', 5.2),
			row('wholesale_retail_sales', 0.74, '亿', 21.5)
		]);
	});

	it('does not read a round figure in words (突破百亿) as an amount', () => {
		expect(results('全镇工业总产值突破百亿。')).toEqual([]);
	});

	it('reads 实现年度指标的X% as the completion of the year’s target', () => {
		const { results: rs } = run({
			review: '规模以上工业总产值118亿元,同比增长37%,实现年度指标的72.14%。'
		});
		expect(pick(rs, ['indicator', 'value', 'growth', 'completion'])).toEqual([
			{ indicator: 'industrial_output_above_scale', value: 118, growth: 37, completion: 72.14 }
		]);
	});

	it('reads the industrial part of new 四上 enterprises as new above-scale ones, and leaves the rest', () => {
		expect(
			results(
				'新增“四上”单位10家,其中规模以上工业2家、限额以上批发零售企业5家、规模以上服务业企业3家。'
			)
		).toEqual([
			row('new_enterprises_above_scale_or_quota', 10, '家'),
			row('new_above_scale_enterprises', 2, '家')
		]);
	});

	it('reads the share of a target whose size is in brackets, and a figure named by 某某工作 before it', () => {
		const { results: rs } = run({
			review:
				'地方财政收入2.91亿元,同比增长18.4%,完成全年目标(3.42亿元)85%。抓实招商引资工作,完成9.47亿元,占全年任务数的142.38%。'
		});
		expect(pick(rs, ['indicator', 'value', 'growth', 'completion'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 2.91, growth: 18.4, completion: 85 },
			{ indicator: 'investment_attracted', value: 9.47, growth: null, completion: 142.38 }
		]);
	});
});
