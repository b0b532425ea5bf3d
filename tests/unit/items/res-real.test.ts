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
		const { results: rs } = run({ review: '全镇财政总收入预计完成52.3亿元,同比增长43.5%。' });
		expect(pick(rs, [...KEYS, 'estimated'])).toEqual([
			{ ...row('fiscal_revenue_total', 52.3, '亿元', 43.5), estimated: true }
		]);
	});

	it('reads the town’s enterprises as a whole, with 规模 naming the above-scale statistic', () => {
		expect(
			results('规模企业实现工业总产值28.27亿元,同比增长12.4%;企业完成技改投入4.62亿元。')
		).toEqual([
			row('industrial_output_above_scale', 28.27, '亿元', 12.4),
			row('tech_upgrade_investment', 4.62, '亿元')
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
				'五年来,全镇新增工业投入20.1亿元,2030年,全镇共完成固定资产投资6.7亿元,同比增长25.4%。'
			)
		).toEqual([
			row('industrial_investment', 20.1, '亿元', null, { period: '5y' }),
			row('fixed_asset_investment', 6.7, '亿元', 25.4)
		]);
	});

	it('does not read a stock held (现有) as the year’s new count', () => {
		expect(results('新签约项目8个,现有签约项目3个。')).toEqual([
			row('new_investment_projects', 8, '个')
		]);
	});

	it('does not give the statistic before a figure that counts the words after it', () => {
		expect(results('盘活闲置厂房6400平方米,完成278亩土地调规工作。')).toEqual([
			row('idle_plants_revitalised', 6400, '平方米')
		]);
	});

	it('leaves out the national and local tax parts of a revenue', () => {
		expect(
			results('财政收入1453.7万元,其中国税收入756.2万元,地税收入697.5万元;一般税收收入800万元。')
		).toEqual([row('fiscal_revenue', 1453.7, '万元')]);
	});

	it('scopes a collective income to the villages it names, not to all villages', () => {
		expect(
			results('东山村年集体经济收入达50万元以上,南岭村和北坡村村级集体经济收入达5万元以上。')
		).toEqual([
			row('village_collective_income', 50, '万元', null, { scope: '东山村' }),
			row('village_collective_income', 5, '万元', null, { scope: '南岭村和北坡村' })
		]);
		expect(results('10个行政村实现村集体收入8451万元。')).toEqual([
			row('village_collective_income', 8451, '万元')
		]);
	});

	it('reads a bare 增加值 after an output as that industry’s value added', () => {
		expect(results('规模以上工业总产值23.55亿元,增加值同比增长23.3%。')).toEqual([
			row('industrial_output_above_scale', 23.55, '亿元'),
			row('industrial_value_added_above_scale', null, null, 23.3)
		]);
	});

	it('reads 净增 as the year’s addition and 同比增 as a growth', () => {
		expect(results('高新技术企业净增17家。')).toEqual([row('high_tech_enterprises', 17, '家')]);
		expect(results('规模以上工业产值完成76.63亿元,同比增64.63%。')).toEqual([
			row('industrial_output_above_scale', 76.63, '亿元', 64.63)
		]);
	});

	it('knows 实际到位, 落地资金 and 盘活低效土地', () => {
		expect(
			results('合同引进投资6.55亿元,实际到位3.37亿元。已落地资金2亿元。盘活低效土地122亩。')
		).toEqual([
			row('investment_signed', 6.55, '亿元'),
			row('investment_attracted', 3.37, '亿元'),
			row('investment_attracted', 2, '亿元'),
			row('inefficient_land_cleared', 122, '亩')
		]);
	});

	it('reads a short class in brackets as a part of the figure before it, and skips other asides', () => {
		expect(results('全年新签约项目14个(亿元以上2个),新开工14个。')).toEqual([
			row('new_investment_projects', 14, '个'),
			row('new_investment_projects', 2, '个', null, { scope: '亿元以上' })
		]);
		expect(
			results('一般公共预算收入完成7130万元(因政策因素减收近7600万元),同口径增长12.7%。')
		).toEqual([row('general_budget_revenue', 7130, '万元', 12.7)]);
	});

	it('reads a list of stocks after 现有 as stocks', () => {
		expect(results('现有规模以上工业企业18家,高新技术企业10家。')).toEqual([]);
	});

	it('reads the share of a target whose size is written before it', () => {
		const { results: rs } = run({
			review: '财政总收入完成52.3亿元,同比增长43.5%,完成年初人代会目标45亿元的116%。'
		});
		expect(pick(rs, ['indicator', 'value', 'growth', 'completion'])).toEqual([
			{ indicator: 'fiscal_revenue_total', value: 52.3, growth: 43.5, completion: 116 }
		]);
	});

	it('reads the target size of a task set by the county government at the start of the year', () => {
		const { results: rs } = run({
			review: '全乡完成财政收入2882万元,超额完成县政府年初下达的2500万元目标任务。'
		});
		expect(pick(rs, ['indicator', 'value', 'claim'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 2882, claim: 'exceeded' }
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
				'财政收入突破3038万元;楼宇经济收入完成2655.6万元,社会消费品零售总额1.36亿元,均超额完成指标任务。'
		});
		expect(pick(rs, ['indicator', 'value', 'claim'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 3038, claim: undefined },
			{ indicator: 'retail_sales', value: 1.36, claim: 'exceeded' },
			{ indicator: null, value: 2655.6, claim: 'exceeded' }
		]);
	});

	it('does not read the sessions of a congress as a figure', () => {
		expect(
			run({ review: '2030年,较好的完成了镇第六届人大五次、六次会议确定的目标任务。' }).results
		).toEqual([]);
	});

	it('reads 截止 10 月底 with spaces as a year-to-date period', () => {
		expect(results('截止 10 月底,实现工业增加值 1.2 亿元,同比增长 3.09%。')).toEqual([
			row('industrial_value_added', 1.2, '亿元', 3.09, { period: 'M1-10' })
		]);
	});

	it('reads the sectors listed after the town’s output as their value added', () => {
		expect(
			results(
				'地区生产总值16.84亿元,同比增长6.2%,一产、二产、三产分别为8.08亿元、2.08亿元、6.68亿元。'
			)
		).toEqual([
			row('gdp', 16.84, '亿元', 6.2),
			row('agriculture_value_added', 8.08, '亿元'),
			row('services_value_added', 6.68, '亿元')
		]);
	});

	it('reads the investment of a class of projects', () => {
		expect(
			results(
				'固定资产投资5.39亿元,其中500万元以上项目累计投资4.86亿元,10至500万元项目累计投资0.54亿元。'
			)
		).toEqual([
			row('fixed_asset_investment', 5.39, '亿元'),
			row('fixed_asset_investment', 4.86, '亿元', null, { scope: '500万元以上项目' }),
			row('fixed_asset_investment', 0.54, '亿元', null, { scope: '10至500万元项目' })
		]);
		expect(
			results('全镇8个市重点项目预计完成投资17.3亿元。共5个在建项目总投资完成12.7亿元。')
		).toEqual([
			row('project_investment', 17.3, '亿元', null, { scope: '市重点项目' }),
			row('project_investment', 12.7, '亿元', null, { scope: '在建项目' })
		]);
		expect(results('在10-500万元项目中,完成投资14292万元。')).toEqual([
			row('fixed_asset_investment', 14292, '万元', null, { scope: '10-500万元项目' })
		]);
		expect(results('引进项目总投资4.02亿元。')).toEqual([row('investment_signed', 4.02, '亿元')]);
	});

	it('does not read a crop’s share as the grain total', () => {
		expect(results('粮食播种面积87817亩,其中水稻81317亩,红薯3800亩。')).toEqual([
			row('grain_area', 87817, '亩')
		]);
	});

	it('reads an uncatalogued figure as a task done only when the verb comes before it', () => {
		expect(run({ review: '全镇8条集体经济薄弱村均完成经济补强任务。' }).results).toEqual([]);
		expect(pick(run({ review: '完成150户改厕任务。' }).results, ['value', 'claim'])).toEqual([
			{ value: 150, claim: 'completed' }
		]);
	});

	it('reads the figure reached after a milestone in words (将首超百亿元,达到102亿元)', () => {
		expect(results('全年地区生产总值将首超百亿元,达到102亿元,增长14%。')).toEqual([
			row('gdp', 102, '亿元', 14)
		]);
	});

	it('reads enterprises counted before what they did, and projects counted before their name', () => {
		expect(results('成功推动18家企业升规达限、入库纳统(涵盖商贸业9家、建筑业5家)。')).toEqual([
			row('new_enterprises_above_scale_or_quota', 18, '家')
		]);
		expect(results('签约甲公司总部、乙公司总部等4个优质项目,总投资211亿元。')).toEqual([
			row('new_investment_projects', 4, '个'),
			row('investment_signed', 211, '亿元')
		]);
	});

	it('scopes a figure by the level, household class or season written before its name', () => {
		expect(
			results(
				'镇级财政收入12.89亿元;非农户固定资产投资完成17464万元;小春粮食作物种植面积达2万余亩。'
			)
		).toEqual([
			row('fiscal_revenue', 12.89, '亿元', null, { scope: '镇级' }),
			row('fixed_asset_investment', 17464, '万元', null, { scope: '非农户' }),
			row('grain_area', 2, '万亩', null, { scope: '小春' })
		]);
	});

	it('does not read an increase or a cut (增加…, 调减…) as a level', () => {
		expect(results('增加各村集体经济收入2万元以上,新调减粮食播种面积3000多亩。')).toEqual([]);
	});

	it('reads a comparison with a placeholder year as the base of a change', () => {
		expect(results('全镇工农业生产总值7260.84万元,比20xx年增加1112万元,增长18%。')).toEqual([
			row('industrial_agricultural_output', 7260.84, '万元', 18)
		]);
	});

	it('dates a figure of a named plan period by the period’s last year', () => {
		expect(
			results('“十二五”期间全乡财政一般预算收入累积实现5535万元。', { reportYear: 2017 })
		).toEqual([row('general_budget_revenue', 5535, '万元', null, { year: 2015, period: '5y' })]);
	});

	it('reads 完成年度计划投资78.2% as the completion of the plan', () => {
		const { results: rs } = run({ review: '重点项目累计投资1.6亿元,完成年度计划投资78.2%。' });
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'project_investment', value: 1.6, completion: 78.2 }
		]);
	});

	it('reads a sentence of a hard-wrapped page across its line breaks', () => {
		const review = [
			'一年来,全镇上下团结一心,攻坚克难,各项事业取得',
			'了长足进步,经济社会发展呈现稳中有进的良好态势,全',
			'镇经济发展迅猛。截止10月底,实现工业增加值1.2亿',
			'元,同比增长3.09%;完成固定资产投资6.12亿元,同比',
			'增长2.7%。同时,文化、教育、卫生等社会事业全面进',
			'步,群众获得感持续增强,社会大局和谐稳定,干部作风',
			'明显转变,党的建设全面加强,基层组织更加坚强有力,',
			'全镇人民的幸福感和安全感得到了进一步的提高和增强',
			'为今后的发展打下了坚实的基础,积累了宝贵的经验'
		].join('\n');
		expect(results(review)).toEqual([
			row('industrial_value_added', 1.2, '亿元', 3.09, { period: 'M1-10' }),
			row('fixed_asset_investment', 6.12, '亿元', 2.7, { period: 'M1-10' })
		]);
	});

	it('does not read the figures after a stated goal (总体目标将实现…) as results', () => {
		expect(
			results('全乡的总体目标将实现固定资产投资年均增长10%以上,农村居民人均可支配收入达到3.3万元。')
		).toEqual([]);
	});

	it('reads a sector’s enterprises and their revenue as the sector’s statistic', () => {
		expect(results('服务业企业全年完成营业收入2.9亿元。')).toEqual([
			row('services_revenue_above_scale', 2.9, '亿元')
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
				'规上工业产值完成3.6亿元,规下工业产值完成30万元,社会消费品零售总额完成26亿元,同比增长分别达13%、66%、22%。'
		});
		expect(pick(rs, ['indicator', 'growth'])).toEqual([
			{ indicator: 'industrial_output_above_scale', growth: 13 },
			{ indicator: 'retail_sales', growth: 22 }
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
			review: '财政收入完成1318万元,占全年任务2355万元的60%,其中税收938万元,其他380万元。'
		});
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 1318, completion: 60 }
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
		const { results: rs } = run({ review: '入库税收 3212 万元,完成年计划的 52%。' });
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: null, value: 3212, completion: 52 }
		]);
	});

	it('reads projects attracted in total over the term (共引进…项目) and their total investment', () => {
		expect(results('五年来,共引进过亿元招商引资项目18个,总投资超40亿元。')).toEqual([
			row('new_investment_projects', 18, '个', null, {
				period: '5y',
				scope: '过亿元招商引资项目'
			}),
			row('investment_signed', 40, '亿元', null, { period: '5y' })
		]);
	});

	it('dates the first-half figures of a news article by the year it reports in', () => {
		expect(
			results('今年上半年,全镇实现地区生产总值168.4亿元,同比增长7%。', { genre: 'news' })
		).toEqual([row('gdp', 168.4, '亿元', 7, { year: 2031, period: 'H1' })]);
	});

	it('scopes a coverage rate to the people it covers, and reads 年产量 after the grain area', () => {
		expect(results('全镇脱贫人口和监测对象基本医保参保率100%。')).toEqual([
			row('medical_insurance_coverage', 100, '%', null, { scope: '脱贫人口和监测对象' })
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
				'一般公共预算收入800万元,完成区级下达任务数的101%。固定资产投资5亿元,完成镇人代会目标的52%。招商引资2亿元,总完成率115%。'
		});
		expect(pick(rs, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'general_budget_revenue', value: 800, completion: 101 },
			{ indicator: 'fixed_asset_investment', value: 5, completion: 52 },
			{ indicator: 'investment_attracted', value: 2, completion: 115 }
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
			review: '——实现GDP12.5亿元,增长6%。\n——财政总收入(不含转移支付收入)3.2亿元,增长5%。'
		}).results;
		expect(pick(rs, [...KEYS, 'text'])).toEqual([
			{ ...row('gdp', 12.5, '亿元', 6), text: 'GDP' },
			{ ...row('fiscal_revenue_total', 3.2, '亿元', 5), text: '财政总收入' }
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
		expect(
			results('规模以上工业完成现价产值60亿元,同比增长13%。民营经济工业产值255万元。')
		).toEqual([row('industrial_output_above_scale', 60, '亿元', 13)]);
	});

	it('reads the level at the end of a year before (2029年底) in a half-year report as that year’s', () => {
		expect(
			results('2030年底农民人均纯收入为3892元。上半年农民人均纯收入为1915元,比去年同期增长23%。', {
				kind: 'midyear'
			})
		).toEqual([
			row('farmer_income', 3892, '元', null, { year: 2030 }),
			row('farmer_income', 1915, '元', 23, { year: 2031, period: 'H1' })
		]);
	});

	it('does not read the figures after 主要经济发展目标为: as results', () => {
		expect(
			results('2030年,全镇确定的主要经济发展目标为:全年完成一般财政预算收入2.2亿元,同比增长10%。')
		).toEqual([]);
	});

	it('reads 为全年任务的 and 为全年任务X的 as the completion of the year’s target', () => {
		const { results: rs } = run(
			{
				review:
					'上半年,财税总收入完成419万元,为全年任务740万元的56.6%;规上工业总产值3.7亿元,为全年任务的51.9%。'
			},
			{ kind: 'midyear' }
		);
		expect(pick(rs, ['indicator', 'value', 'unit', 'completion'])).toEqual([
			{ indicator: null, value: 419, unit: '万元', completion: 56.6 },
			{ indicator: 'industrial_output_above_scale', value: 3.7, unit: '亿元', completion: 51.9 }
		]);
	});

	it('keeps the rural economy’s accounts (农村经济总收入) as text, and reads 地区生产总值GDP as GDP', () => {
		expect(
			results(
				'农村经济总收入60亿元,同比增长8%。全乡地区生产总值GDP达7520万元。限上商业零售总额完成22亿元。'
			)
		).toEqual([
			row(null, 60, '亿元', 8),
			row('gdp', 7520, '万元'),
			row('retail_sales_above_quota', 22, '亿元')
		]);
	});

	it('reads a multiple of the target (完成年度任务的10倍) or of the base (增长近2倍) as a percentage', () => {
		const { results: rs } = run({
			review: '实际利用外资7330万美金,完成年度目标任务的10倍。农民人均纯收入增长近2倍。'
		});
		expect(pick(rs, ['indicator', 'value', 'unit', 'growth', 'completion'])).toEqual([
			{
				indicator: 'foreign_investment',
				value: 7330,
				unit: '万美金',
				growth: null,
				completion: 1000
			},
			{ indicator: 'farmer_income', value: null, unit: null, growth: 200, completion: null }
		]);
	});

	it('lets the target named before what was done give way to it (任务174万,完成198万)', () => {
		expect(
			results('财政预算收入任务1383万元,1-8月累计完成929万元,占全年目标的67.2%。', {
				kind: 'midyear'
			})
		).toEqual([row('general_budget_revenue', 929, '万元', null, { year: 2031, period: 'M1-8' })]);
	});

	it('reads a growth in brackets after a level (3.3亿(累计增速6.7%)), and 限上批零住餐', () => {
		expect(
			results('规上工业增加值3.3亿(累计增速6.7%),限上批零住餐0.61亿(同比增长33.2%)。')
		).toEqual([
			row('industrial_value_added_above_scale', 3.3, '亿', 6.7),
			row('wholesale_retail_sales', 0.61, '亿', 33.2)
		]);
	});

	it('does not read a round figure in words (突破百亿) as an amount', () => {
		expect(results('全镇工业总产值突破百亿。')).toEqual([]);
	});

	it('reads 实现年度指标的X% as the completion of the year’s target', () => {
		const { results: rs } = run({
			review: '规模以上工业总产值131亿元,同比增长46%,实现年度指标的67.08%。'
		});
		expect(pick(rs, ['indicator', 'value', 'growth', 'completion'])).toEqual([
			{ indicator: 'industrial_output_above_scale', value: 131, growth: 46, completion: 67.08 }
		]);
	});

	it('reads the industrial part of new 四上 enterprises as new above-scale ones, and leaves the rest', () => {
		expect(
			results(
				'新增“四上”单位11家,其中规模以上工业1家、限额以上批发零售企业6家、规模以上服务业企业3家。'
			)
		).toEqual([
			row('new_enterprises_above_scale_or_quota', 11, '家'),
			row('new_above_scale_enterprises', 1, '家')
		]);
	});

	it('reads the share of a target whose size is in brackets, and a figure named by 某某工作 before it', () => {
		const { results: rs } = run({
			review:
				'地方财政收入3.76亿元,同比增长33.6%,完成全年目标(4.29亿元)87%。做实招商引资工作,完成12.32亿元,占全年任务数的175.96%。'
		});
		expect(pick(rs, ['indicator', 'value', 'growth', 'completion'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 3.76, growth: 33.6, completion: 87 },
			{ indicator: 'investment_attracted', value: 12.32, growth: null, completion: 175.96 }
		]);
	});
});
